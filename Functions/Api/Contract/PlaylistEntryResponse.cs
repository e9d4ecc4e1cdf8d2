using YouTubeDownloader.Downloads;
using YouTubeDownloader.Playlists;
using YouTubeDownloader.YouTube;
using YouTubeDownloader.Sources;

namespace YouTubeDownloader.Api.Contract;

/// <summary>
/// One entry of a playlist's info: the video's <c>id</c>, <c>title</c>, <c>duration</c> in seconds (null where YouTube
/// shows none), 1-based <c>index</c>, <c>playable</c>, and for an entry that cannot be downloaded the
/// <c>error_code</c> and <c>error_message</c> its download task would end with (deleted, private, members-only…).
/// </summary>
public sealed record PlaylistEntryResponse(
    string Id,
    string Title,
    int? Duration,
    int Index,
    bool Playable,
    string? ErrorCode,
    string? ErrorMessage,
    string Url)
{
    public static PlaylistEntryResponse From(PlaylistEntry entry) => new(
        entry.VideoId,
        entry.Title,
        entry.DurationSeconds,
        entry.Index,
        entry.Playable,
        entry.Unavailable?.ToWire(),
        entry.Unavailable is { } code ? Texts.Of(code) : null,
        YouTubeUrl.Watch(entry.VideoId));
}
