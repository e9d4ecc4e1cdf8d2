using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Commands;

/// <summary>What <see cref="DownloadCommands.RetryAsync"/> did, and the task as it stands (null when there is none).</summary>
public sealed record RetryResult(RetryOutcome Outcome, DownloadTask? Task)
{
    public static readonly RetryResult NotFound = new(RetryOutcome.NotFound, null);

    public static RetryResult Retried(DownloadTask task) => new(RetryOutcome.Retried, task);

    public static RetryResult NotRetryable(DownloadTask task) => new(RetryOutcome.NotRetryable, task);
}
