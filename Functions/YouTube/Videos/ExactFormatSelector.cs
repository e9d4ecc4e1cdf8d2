using YouTubeDownloader.Downloads;
using YouTubeDownloader.YouTube.Wire;

namespace YouTubeDownloader.YouTube.Videos;

/// <summary>
/// Takes exactly the itags a client named (<c>format_id</c>), if the video has them among the streams this product can
/// store (<see cref="FormatFilter"/>: MP4 family or WebM Opus audio, plain URL, no DRM) and they make one file: a video download
/// is one muxed itag or video-only + MP4 audio-only; an audio download is one audio-only itag of its format's container
/// (MP4 for M4A, WebM Opus for Opus). Anything else is
/// <c>quality_unavailable</c>, and the reason names the itag.
/// </summary>
public static class ExactFormatSelector
{
    /// <param name="usable">Formats that passed <see cref="FormatFilter.Usable"/> and carry no DRM.</param>
    public static StreamSelection Select(IReadOnlyList<StreamingFormat> usable, string formatId, bool audioOnly, AudioFormat audioFormat = AudioFormat.M4a)
    {
        if (!FormatId.TryParse(formatId, out var itags))
        {
            throw Unavailable(Texts.FormatIdNotItags(formatId));
        }

        var formats = itags.Select(itag => Find(usable, itag)).ToList();
        var opus = audioOnly && audioFormat == AudioFormat.Opus;
        if (formats.FirstOrDefault(f => FormatFilter.IsWebMOpus(f) != opus) is { } misfit)
        {
            // WebM Opus makes only an Opus file, and an Opus file only WebM Opus.
            throw Unavailable(opus ? Texts.ItagNotOpus(misfit.Itag) : Texts.ItagIsWebM(misfit.Itag));
        }

        switch (formats)
        {
            case [{ IsAudioOnly: true } audio] when audioOnly:
                return new StreamSelection([audio], StreamSelector.AudioNote(audio));
            case [var other] when audioOnly:
                throw Unavailable(Texts.ItagNotAudio(other.Itag));
            case [var first, var second] when audioOnly:
                throw Unavailable(Texts.ItagsForAudio(first.Itag, second.Itag));
            case [{ IsMuxed: true } muxed]:
                return new StreamSelection([muxed], StreamSelector.VideoNote(muxed));
            case [{ IsVideoOnly: true } video]:
                throw Unavailable(Texts.ItagVideoOnly(video.Itag));
            case [var audioAlone]:
                throw Unavailable(Texts.ItagAudioOnly(audioAlone.Itag));
            case [{ IsVideoOnly: true } video, { IsAudioOnly: true } audio]:
                return new StreamSelection([video, audio], StreamSelector.VideoNote(video));
            case [{ IsVideoOnly: false } notVideo, _]:
                throw Unavailable(Texts.ItagNotVideoFirst(notVideo.Itag));
            default:
                throw Unavailable(Texts.ItagNotAudioSecond(formats[1].Itag));
        }
    }

    private static StreamingFormat Find(IReadOnlyList<StreamingFormat> usable, int itag) =>
        usable.Where(f => f.Itag == itag).OrderByDescending(f => f.Bitrate).FirstOrDefault()
        ?? throw Unavailable(Texts.ItagNotOffered(itag));

    // The text names the itag and what to ask instead; the log gets the same words.
    private static DownloadFailedException Unavailable(string text) => new(DownloadErrorCode.QualityUnavailable, text, text: text);
}
