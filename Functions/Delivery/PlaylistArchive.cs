using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Delivery;

/// <summary>What the ZIP of a playlist task holds: its name and the completed entries' files, in the list's order.</summary>
public sealed record PlaylistArchive(string FileName, IReadOnlyList<PlaylistArchiveEntry> Entries);
