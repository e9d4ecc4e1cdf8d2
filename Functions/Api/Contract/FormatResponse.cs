using System.Globalization;
using YouTubeDownloader.Views;
using YouTubeDownloader.YouTube;
using YouTubeDownloader.YouTube.Videos;

namespace YouTubeDownloader.Api.Contract;

/// <summary>
/// One entry of <c>formats</c> in the original API's (yt-dlp's) terms: <c>format_id</c> is the itag, codecs are
/// <c>"none"</c> when a stream lacks that track, <c>resolution</c> is <c>"1280x720"</c> or <c>"audio only"</c>.
/// <c>container</c> is added here: <c>mp4</c>, or <c>webm</c> for the Opus audio streams (what <c>"audio_format": "opus"</c>
/// takes); <c>ext</c> is then <c>webm</c>.
/// </summary>
public sealed record FormatResponse(
    string FormatId,
    string Ext,
    int? Height,
    int? Width,
    int? Fps,
    long? Filesize,
    string FilesizeFormatted,
    string Vcodec,
    string Acodec,
    bool HasAudio,
    bool HasVideo,
    string Resolution,
    string FormatNote,
    string Container)
{
    public static FormatResponse From(VideoFormat format) => new(
        format.Itag.ToString(CultureInfo.InvariantCulture),
        format.HasVideo ? "mp4" : format.Container == "webm" ? "webm" : "m4a",
        format.Height,
        format.Width,
        format.Fps,
        format.ContentLength,
        HumanUnits.Size(format.ContentLength),
        format.VideoCodec ?? "none",
        format.AudioCodec ?? "none",
        format.HasAudio,
        format.HasVideo,
        format.HasVideo ? $"{format.Width}x{format.Height}" : "audio only",
        format.FormatNote,
        format.Container);
}
