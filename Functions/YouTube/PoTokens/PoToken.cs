namespace YouTubeDownloader.YouTube.PoTokens;

/// <summary>
/// A proof-of-origin token bound to one content binding (a video id). A credential: <see cref="ToString"/> never shows
/// its value, so it cannot reach a log or a message by accident.
/// </summary>
public sealed class PoToken(string value, string contentBinding, DateTimeOffset expiresAt)
{
    /// <summary>The token, for the player request's <c>serviceIntegrityDimensions.poToken</c> and the media URLs' <c>pot=</c>.</summary>
    public string Value { get; } = value;

    public string ContentBinding { get; } = contentBinding;

    public DateTimeOffset ExpiresAt { get; } = expiresAt;

    public override string ToString() => $"PoToken(for {ContentBinding}, expires {ExpiresAt:O})";
}
