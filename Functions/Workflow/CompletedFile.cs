namespace YouTubeDownloader.Workflow;

/// <summary>Input of <see cref="DownloadActivities.CompleteDownload"/>.</summary>
public sealed record CompletedFile(Guid TaskId, string BlobName, long Length);
