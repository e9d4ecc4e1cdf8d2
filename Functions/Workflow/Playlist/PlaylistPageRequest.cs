using YouTubeDownloader.Downloads;
using YouTubeDownloader.Playlists;
using YouTubeDownloader.Sources;

namespace YouTubeDownloader.Workflow.Playlist;

/// <summary>Input of <see cref="PlaylistActivities.ReadPlaylistPage"/>: which page, and what the entries it finds download.</summary>
/// <param name="Cursor">Null for the first page.</param>
/// <param name="Chapters">Whether the entries' files get chapters.</param>
/// <param name="Subtitles">The subtitle languages the entries ask for; null for none.</param>
/// <param name="AutoSubtitles">Whether automatic captions may stand in.</param>
/// <param name="AudioFormat">What the entries' audio files become.</param>
public sealed record PlaylistPageRequest(
    Guid TaskId,
    string ListId,
    Quality Quality,
    DownloadType Type,
    PlaylistCursor? Cursor,
    int MaxEntries,
    bool Chapters = true,
    string? Subtitles = null,
    bool AutoSubtitles = false,
    AudioFormat AudioFormat = AudioFormat.M4a);
