using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Workflow;

/// <summary>Input of <see cref="DownloadActivities.FailDownload"/>.</summary>
public sealed record FailedDownload(Guid TaskId, DownloadErrorCode Code, string Reason);
