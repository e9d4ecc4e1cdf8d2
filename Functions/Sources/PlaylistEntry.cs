using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Sources;

/// <summary>
/// One video of a playlist, in YouTube's order. <see cref="Index"/> is 1-based and has no holes: rows YouTube shows
/// without a number (Shorts grids) are numbered by position. <see cref="Unavailable"/> says why an entry cannot be
/// downloaded (deleted, private, members-only…); null when it can be.
/// </summary>
public sealed record PlaylistEntry(
    string VideoId,
    string Title,
    int? DurationSeconds,
    int Index,
    DownloadErrorCode? Unavailable = null,
    string? UnavailableReason = null)
{
    public bool Playable => Unavailable is null;
}
