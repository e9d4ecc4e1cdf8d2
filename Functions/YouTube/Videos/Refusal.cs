using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.YouTube.Videos;

/// <summary>Why YouTube will not give a video: the contract's code and, for the log, the reason (YouTube's own words when it gave some).</summary>
public sealed record Refusal(DownloadErrorCode Code, string Reason)
{
    public bool IsTransient => Code.IsRetryable();
}
