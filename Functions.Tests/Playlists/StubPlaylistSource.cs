using YouTubeDownloader.Playlists;
using YouTubeDownloader.YouTube;

namespace YouTubeDownloader.Tests.Playlists;

/// <summary>Temporary: a list in memory, until the fake YouTube serves browse pages.</summary>
internal sealed class StubPlaylistSource : IPlaylistSource
{
    private readonly Dictionary<string, List<PlaylistPage>> lists = [];

    public void Add(string listId, params PlaylistPage[] pages) => lists[listId] = [.. pages];

    public Task<PlaylistPage> ReadFirstPageAsync(PlaylistId id, CancellationToken cancellationToken) => Task.FromResult(lists[id.Value][0]);

    public Task<PlaylistPage> ReadNextPageAsync(PlaylistId id, PlaylistCursor cursor, CancellationToken cancellationToken) =>
        Task.FromResult(lists[id.Value][int.Parse(cursor.Token)]);
}
