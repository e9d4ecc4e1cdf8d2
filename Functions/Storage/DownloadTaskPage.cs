using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Storage;

/// <summary>One page of tasks and, when more follow, the id of the last one: the next page starts after it.</summary>
public sealed record DownloadTaskPage(IReadOnlyList<DownloadTask> Tasks, Guid? ResumeAfter);
