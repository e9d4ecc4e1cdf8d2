using YouTubeDownloader.Sources;
namespace YouTubeDownloader.Playlists;

/// <summary>
/// A whole playlist as far as it was read: its details, its entries in YouTube's order (at most
/// <see cref="PlaylistOptions.MaxEntries"/>), and whether entries were left out because of that cap.
/// </summary>
public sealed record PlaylistContents(
    string Title,
    string? Author,
    int? TotalVideos,
    IReadOnlyList<PlaylistEntry> Entries,
    bool Truncated);
