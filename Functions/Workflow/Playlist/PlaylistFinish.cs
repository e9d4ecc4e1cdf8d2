namespace YouTubeDownloader.Workflow.Playlist;

/// <summary>Input of <see cref="PlaylistActivities.FinishPlaylist"/>: the playlist, and why its list could not be read to the end, if so.</summary>
public sealed record PlaylistFinish(Guid TaskId, DownloadFailure? ReadFailure = null);
