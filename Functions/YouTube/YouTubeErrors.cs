using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.YouTube;

/// <summary>
/// Builds the exception for a refusal. Whether it is worth retrying is part of the result: the workflow's
/// durable retry policy retries <see cref="TransientDownloadException"/> only.
/// </summary>
public static class YouTubeErrors
{
    /// <summary>Refusals that pass on their own: throttling, the bot check (often lifted with a new visitorData), server errors.</summary>
    public static bool IsTransient(DownloadErrorCode code) =>
        code is DownloadErrorCode.RateLimited or DownloadErrorCode.BotCheck or DownloadErrorCode.SourceError;

    public static DownloadFailedException Create(DownloadErrorCode code, string reason, Exception? inner = null) =>
        IsTransient(code) ? new TransientDownloadException(code, reason, inner) : new DownloadFailedException(code, reason, inner);

    public static DownloadFailedException Create(Refusal refusal) => Create(refusal.Code, refusal.Reason);
}
