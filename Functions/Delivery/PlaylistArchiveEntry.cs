namespace YouTubeDownloader.Delivery;

/// <summary>One file of a playlist's ZIP: its name there (<c>007 - title.mp4</c>) and how to open it when its turn comes.</summary>
/// <param name="Open">Opens the entry's file; null when it is no longer there (removed meanwhile).</param>
public sealed record PlaylistArchiveEntry(string Name, DateTimeOffset LastModified, Func<CancellationToken, Task<DownloadFile?>> Open);
