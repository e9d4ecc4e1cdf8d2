using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.YouTube.Playlists;

/// <summary>
/// One row as YouTube shows it: <see cref="Index"/> is YouTube's own 1-based number (null in Shorts grids, which show
/// none); <see cref="Unavailable"/> says why it cannot be downloaded (members-only, private, deleted…), null when it can.
/// </summary>
public sealed record PlaylistListingItem(
    string VideoId,
    string Title,
    int? DurationSeconds,
    int? Index,
    DownloadErrorCode? Unavailable = null,
    string? UnavailableReason = null)
{
    public bool Playable => Unavailable is null;
}
