namespace YouTubeDownloader.Workflow.Download;

/// <summary>Input of <see cref="DownloadActivities.CompleteDownload"/>.</summary>
/// <param name="StreamChoice">Which streams the file holds (<see cref="Delivery.StreamChoice"/>), so later tasks can reuse it.</param>
public sealed record CompletedFile(Guid TaskId, string BlobName, long Length, string? StreamChoice = null, int Run = 0);
