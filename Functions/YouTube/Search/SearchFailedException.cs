using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.YouTube.Search;

/// <summary>YouTube refused a search or answered something that is not a search page: never shown as an empty result.</summary>
public sealed class SearchFailedException(DownloadErrorCode code, string reason, Exception? inner = null) : Exception(reason, inner)
{
    /// <summary><c>rate_limited</c> (429) or <c>source_error</c> (any other refusal, or an unreadable answer).</summary>
    public DownloadErrorCode Code { get; } = code;
}
