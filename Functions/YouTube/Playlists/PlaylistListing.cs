namespace YouTubeDownloader.YouTube.Playlists;

/// <summary>
/// One browse response read as docs/youtube.md ("Reading playlists") describes it:
/// the list's details as this response carries them, its rows in order, the next page's token, and YouTube's refusal.
/// With an <see cref="Error"/> everything else is empty.
/// </summary>
public sealed record PlaylistListing(
    string? Title,
    string? Author,
    int? TotalVideos,
    IReadOnlyList<PlaylistListingItem> Items,
    string? Continuation,
    string? Error);
