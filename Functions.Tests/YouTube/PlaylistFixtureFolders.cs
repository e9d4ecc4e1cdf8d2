namespace YouTubeDownloader.Tests.YouTube;

/// <summary>
/// Where the playlist fixtures are: the project's own hand-written pages (<c>YouTube/PlaylistFixtures</c>: rows the
/// recordings lack) and the recorded ones of <c>YOUTUBE_PLAYLIST_FIXTURES</c> (../shared/fixtures/youtube-playlists).
/// </summary>
internal static class PlaylistFixtureFolders
{
    public static readonly ResponseFixtureFolders Folders = new("PlaylistFixtures", "YOUTUBE_PLAYLIST_FIXTURES");
}
