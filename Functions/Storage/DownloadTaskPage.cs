using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Storage;

/// <summary>One page of tasks and the token for the next, null on the last page.</summary>
public sealed record DownloadTaskPage(IReadOnlyList<DownloadTask> Tasks, string? ContinuationToken);
