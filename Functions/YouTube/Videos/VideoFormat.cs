using YouTubeDownloader.YouTube.Wire;

namespace YouTubeDownloader.YouTube.Videos;

/// <summary>One stream the resolver can download, as <c>POST /api/info</c> lists it (a client may ask for it by itag).</summary>
/// <param name="Kind"><c>muxed</c>, <c>video</c> or <c>audio</c>.</param>
/// <param name="ContentLength">Bytes; null when YouTube does not state them (often so for the muxed itag 18).</param>
/// <param name="VideoCodec">E.g. <c>avc1.640028</c>; null for audio.</param>
/// <param name="AudioCodec">E.g. <c>mp4a.40.2</c>, <c>opus</c>; null for video-only.</param>
/// <param name="Container"><c>mp4</c>, or <c>webm</c> for the Opus audio streams (an Opus download takes them).</param>
public sealed record VideoFormat(
    int Itag,
    string Kind,
    string MimeType,
    int? Width,
    int? Height,
    int? Fps,
    long? ContentLength,
    string? VideoCodec,
    string? AudioCodec,
    long Bitrate,
    string FormatNote,
    string Container = "mp4")
{
    public bool HasVideo => VideoCodec is not null;

    public bool HasAudio => AudioCodec is not null;

    public static VideoFormat From(StreamingFormat format, long? knownLength)
    {
        var kind = format.IsMuxed ? "muxed" : format.IsAudioOnly ? "audio" : "video";
        var audioOnly = kind == "audio";
        return new VideoFormat(
            format.Itag!.Value,
            kind,
            format.MimeType,
            audioOnly ? null : format.Width,
            audioOnly ? null : format.Height,
            audioOnly ? null : format.Fps,
            format.ContentLength ?? knownLength,
            format.Codecs.FirstOrDefault(FormatFilter.IsVideoCodec),
            format.Codecs.FirstOrDefault(c => FormatFilter.IsAudioCodec(c) || FormatFilter.IsOpusCodec(c)),
            format.Bitrate,
            audioOnly ? StreamSelector.AudioNote(format) : StreamSelector.VideoNote(format),
            FormatFilter.IsWebMOpus(format) ? "webm" : "mp4");
    }

    /// <summary>
    /// The order <c>formats</c> is listed in: muxed first, then video-only by height, then audio-only by bitrate,
    /// each from the smallest up (the original API's yt-dlp listed worst to best); ties by fps, bitrate, itag. The WebM
    /// audio streams sit among the audio ones by bitrate.
    /// </summary>
    public static IReadOnlyList<VideoFormat> Ordered(IEnumerable<VideoFormat> formats) =>
        formats
            .OrderBy(f => f.Kind switch { "muxed" => 0, "video" => 1, _ => 2 })
            .ThenBy(f => f.Height ?? 0)
            .ThenBy(f => f.Fps ?? 0)
            .ThenBy(f => f.Bitrate)
            .ThenBy(f => f.Itag)
            .ToList();
}
