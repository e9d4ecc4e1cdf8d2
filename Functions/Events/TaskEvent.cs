using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Events;

/// <summary>One event of a task's stream: what happened and the task as it stood then.</summary>
public sealed record TaskEvent(TaskEventKind Kind, DownloadTask Task);
