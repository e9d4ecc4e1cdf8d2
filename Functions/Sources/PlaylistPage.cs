namespace YouTubeDownloader.Sources;

/// <summary>
/// One page of a playlist as the app uses it: the list's own details (every page carries them) and its entries.
/// <see cref="Next"/> is null on the last page.
/// </summary>
public sealed record PlaylistPage(
    string Title,
    string? Author,
    int? TotalVideos,
    IReadOnlyList<PlaylistEntry> Entries,
    PlaylistCursor? Next);
