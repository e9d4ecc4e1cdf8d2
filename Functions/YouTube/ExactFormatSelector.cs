using YouTubeDownloader.Downloads;
using YouTubeDownloader.YouTube.Wire;

namespace YouTubeDownloader.YouTube;

/// <summary>
/// Takes exactly the itags a client named (<c>format_id</c>), if the video has them among the streams this product can
/// store (<see cref="FormatFilter"/>: MP4 family, plain URL, no DRM) and they make one file: a video download is one
/// muxed itag or video-only + audio-only; an audio download is one audio-only itag. Anything else is
/// <c>quality_unavailable</c>, and the reason names the itag.
/// </summary>
public static class ExactFormatSelector
{
    /// <param name="usable">Formats that passed <see cref="FormatFilter.Usable"/> and carry no DRM.</param>
    public static StreamSelection Select(IReadOnlyList<StreamingFormat> usable, string formatId, bool audioOnly)
    {
        if (!FormatId.TryParse(formatId, out var itags))
        {
            throw Unavailable($"'{formatId}' is not an itag or video+audio itags");
        }

        var formats = itags.Select(itag => Find(usable, itag)).ToList();
        switch (formats)
        {
            case [{ IsAudioOnly: true } audio] when audioOnly:
                return new StreamSelection([audio], StreamSelector.AudioNote(audio));
            case [var other] when audioOnly:
                throw Unavailable($"itag {other.Itag} is not audio only; an audio download takes one audio itag (like 140)");
            case [var first, var second] when audioOnly:
                throw Unavailable($"itag {first.Itag}+{second.Itag} names two streams; an audio download takes one audio itag (like 140)");
            case [{ IsMuxed: true } muxed]:
                return new StreamSelection([muxed], StreamSelector.VideoNote(muxed));
            case [{ IsVideoOnly: true } video]:
                throw Unavailable($"itag {video.Itag} is video only; name an audio itag too, like {video.Itag}+140");
            case [var audioAlone]:
                throw Unavailable($"itag {audioAlone.Itag} is audio only; ask for download_type \"audio\" or add a video itag");
            case [{ IsVideoOnly: true } video, { IsAudioOnly: true } audio]:
                return new StreamSelection([video, audio], StreamSelector.VideoNote(video));
            case [{ IsVideoOnly: false } notVideo, _]:
                throw Unavailable($"itag {notVideo.Itag} is not a video-only stream; video+audio is written video first");
            default:
                throw Unavailable($"itag {formats[1].Itag} is not an audio-only stream; video+audio is written video first");
        }
    }

    private static StreamingFormat Find(IReadOnlyList<StreamingFormat> usable, int itag) =>
        usable.Where(f => f.Itag == itag).OrderByDescending(f => f.Bitrate).FirstOrDefault()
        ?? throw Unavailable($"itag {itag} is not among this video's MP4 streams (see formats in POST /api/info)");

    private static DownloadFailedException Unavailable(string why) =>
        new(DownloadErrorCode.QualityUnavailable, $"Format not available: {why}.");
}
