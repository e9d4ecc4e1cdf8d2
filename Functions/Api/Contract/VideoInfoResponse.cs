using YouTubeDownloader.Views;
using YouTubeDownloader.YouTube;
using YouTubeDownloader.YouTube.Videos;

namespace YouTubeDownloader.Api.Contract;

/// <summary>
/// <c>POST /api/info</c>: this API's fields (<c>video_id</c>, <c>author</c>, <c>duration_seconds</c>, <c>qualities</c>) beside
/// the original API's (<c>id</c>, <c>description</c>, <c>duration</c>, <c>duration_formatted</c>, <c>uploader</c>,
/// <c>view_count</c>, <c>url</c>, <c>formats</c>); <c>title</c> and <c>thumbnail</c> are shared.
/// </summary>
public sealed record VideoInfoResponse(
    string VideoId,
    string Title,
    string Author,
    int DurationSeconds,
    string? Thumbnail,
    IReadOnlyList<QualityOption> Qualities,
    string Id,
    string Description,
    int Duration,
    string DurationFormatted,
    string Uploader,
    long ViewCount,
    string Url,
    IReadOnlyList<FormatResponse> Formats)
{
    public static VideoInfoResponse From(VideoInfo info) => new(
        info.VideoId,
        info.Title,
        info.Author,
        info.DurationSeconds,
        info.Thumbnail,
        info.Qualities,
        info.VideoId,
        info.Description,
        info.DurationSeconds,
        HumanUnits.Clock(info.DurationSeconds),
        info.Author,
        info.ViewCount ?? 0,
        YouTubeUrl.Watch(info.VideoId),
        (info.Formats ?? []).Select(FormatResponse.From).ToList());
}
