namespace YouTubeDownloader.Workflow.Download;

/// <summary>Input of <see cref="DownloadActivities.ReuseCompletedFile"/>: the task, what its file would hold, and where it goes.</summary>
public sealed record FileReuse(Guid TaskId, string StreamChoice, string FileBlobName);
