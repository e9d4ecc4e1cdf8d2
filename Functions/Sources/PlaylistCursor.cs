namespace YouTubeDownloader.Sources;

/// <summary>Where the next page starts: YouTube's continuation token, and how many entries came before it (for numbering).</summary>
public sealed record PlaylistCursor(string Token, int EntriesRead);
