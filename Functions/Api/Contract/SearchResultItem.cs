using YouTubeDownloader.YouTube;
using YouTubeDownloader.YouTube.Search;

namespace YouTubeDownloader.Api.Contract;

/// <summary>
/// One video of <c>GET /api/search</c> and <c>GET /api/trending</c>, in the original API's shape (<c>id</c> … <c>url</c>)
/// plus (new) <c>is_short</c> and <c>is_live</c>. Where YouTube shows no number the original answered 0, so does this.
/// </summary>
public sealed record SearchResultItem(
    string Id,
    string Title,
    string Thumbnail,
    int Duration,
    string Uploader,
    long ViewCount,
    string Url,
    bool IsShort,
    bool IsLive)
{
    public static SearchResultItem From(SearchVideo video) => new(
        video.VideoId,
        video.Title,
        video.ThumbnailUrl ?? $"https://i.ytimg.com/vi/{video.VideoId}/hqdefault.jpg",
        video.DurationSeconds ?? 0,
        video.Author ?? "",
        video.ViewCount ?? 0,
        YouTubeUrl.Watch(video.VideoId),
        video.IsShort,
        video.IsLive);
}
