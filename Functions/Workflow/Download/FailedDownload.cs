using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Workflow.Download;

/// <summary>Input of <see cref="DownloadActivities.FailDownload"/>.</summary>
/// <param name="Run">The run that failed: a newer one (a retry) is not touched.</param>
public sealed record FailedDownload(Guid TaskId, DownloadErrorCode Code, string Reason, int Run = 0);
