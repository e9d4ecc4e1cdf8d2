using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Workflow;

/// <summary>The task was cancelled or removed while its workflow ran; the workflow stops without touching it.</summary>
public sealed class TaskNoLongerActiveException(Guid taskId, DownloadStatus? status)
    : Exception(status is null ? $"Task {taskId} was removed." : $"Task {taskId} is already {status}.");
