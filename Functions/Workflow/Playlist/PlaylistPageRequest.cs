using YouTubeDownloader.Downloads;
using YouTubeDownloader.Playlists;

namespace YouTubeDownloader.Workflow.Playlist;

/// <summary>Input of <see cref="PlaylistActivities.ReadPlaylistPage"/>: which page, and what the entries it finds download.</summary>
/// <param name="Cursor">Null for the first page.</param>
public sealed record PlaylistPageRequest(Guid TaskId, string ListId, string Quality, DownloadType Type, PlaylistCursor? Cursor, int MaxEntries);
