using YouTubeDownloader.Playlists;
using YouTubeDownloader.Workflow.Download;
using YouTubeDownloader.Sources;

namespace YouTubeDownloader.Workflow.Playlist;

/// <summary>What a page read gives the orchestrator: the downloads to run (playable entries) and the next page, if any is to be read.</summary>
public sealed record PlaylistPageResult(List<DownloadJob> Runnable, PlaylistCursor? Next);
