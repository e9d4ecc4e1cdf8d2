namespace YouTubeDownloader.Downloads;

/// <summary>One subtitle track a download has: its language code (as the source names it), its name for people, and whether the source made it by speech recognition.</summary>
public sealed record SubtitleTrack(string Lang, string Name, bool Auto);
