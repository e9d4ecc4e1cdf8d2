namespace YouTubeDownloader.YouTube.PoTokens;

/// <summary>
/// The PO token provider (<c>YouTube__PoTokenProvider__BaseAddress</c>): a bgutil-compatible HTTP sidecar. Unset means
/// none: the clients whose policy needs a token are not served.
/// </summary>
public sealed class PoTokenProviderOptions
{
    public const string SectionName = "YouTube:PoTokenProvider";

    /// <summary>Where the provider listens, e.g. <c>http://bgutil:4416</c>; null or empty when there is none.</summary>
    public string? BaseAddress { get; set; }

    /// <summary>
    /// How long one request may take. Short: a provider that does not answer must cost a download a moment, not a hang
    /// (minting a fresh token takes the provider about a second).
    /// </summary>
    public int TimeoutMilliseconds { get; set; } = 5_000;
}
