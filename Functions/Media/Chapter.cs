namespace YouTubeDownloader.Media;

/// <summary>One chapter of a video: where it starts and ends (milliseconds from the start) and its title.</summary>
public sealed record Chapter(long StartMs, long EndMs, string Title);
