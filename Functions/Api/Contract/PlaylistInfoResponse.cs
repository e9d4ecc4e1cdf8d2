using YouTubeDownloader.Playlists;
using YouTubeDownloader.YouTube;
using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Api.Contract;

/// <summary>
/// <c>POST /api/info</c> for a playlist (<b>new</b>): <c>is_playlist</c> true, the list's <c>id</c>, <c>title</c>,
/// <c>channel</c> (the owner as YouTube writes it), <c>count</c> (the number of videos YouTube states, else the number of
/// entries read), <c>url</c>, the <c>entries</c> in YouTube's order, and <c>truncated</c> when the entries stop at
/// <c>Playlists__MaxEntries</c> before the list's end.
/// </summary>
public sealed record PlaylistInfoResponse(
    bool IsPlaylist,
    string Id,
    string Title,
    string? Channel,
    int Count,
    string Url,
    bool Truncated,
    IReadOnlyList<PlaylistEntryResponse> Entries)
{
    public static PlaylistInfoResponse From(PlaylistId id, PlaylistContents contents) => new(
        true,
        id.Value,
        contents.Title,
        contents.Author,
        contents.TotalVideos ?? contents.Entries.Count,
        $"https://www.youtube.com/playlist?list={id.Value}",
        contents.Truncated,
        contents.Entries.Select(PlaylistEntryResponse.From).ToList());
}
