using YouTubeDownloader.YouTube.Wire;

namespace YouTubeDownloader.YouTube.Videos;

/// <summary>
/// The formats this resolver can fetch, by the rules of docs/youtube.md ("How it works", stream choice):
/// a plain URL without an <c>n</c> parameter, a whole file (not OTF, not live), MP4 family (<c>avc1</c>/<c>av01</c> video,
/// <c>mp4a</c> audio) or WebM Opus audio (itag 251 and kin, for Opus downloads: rewrapped, never muxed with video), the
/// default audio track, no DRC variant when the plain twin exists.
/// DRM formats are kept here so the caller can tell <c>drm_protected</c> from <c>no_downloadable_formats</c>.
/// </summary>
public static class FormatFilter
{
    public static IReadOnlyList<StreamingFormat> Usable(StreamingData? streaming) => streaming is { } data ? Usable(data.All) : [];

    /// <summary>The same rules over formats whose challenges may have been solved: a solved one counts as a plain one.</summary>
    public static IReadOnlyList<StreamingFormat> Usable(IEnumerable<StreamingFormat> formats)
    {
        var candidates = formats
            .Where(f => f.Itag is not null && f.Url is not null && !f.UrlNeedsPlayerJs && !f.IsOtf && !f.IsLiveSegment && (IsMp4Family(f) || IsWebMOpus(f)))
            .ToList();

        // A DRC variant goes when the same itag of the same track exists without it.
        candidates.RemoveAll(f => f.IsDrc && candidates.Any(t => !t.IsDrc && t.Itag == f.Itag && t.AudioTrack?.Id == f.AudioTrack?.Id));

        // With several audio tracks (dubs, descriptive audio), only the default one.
        if (candidates.Any(f => f.AudioTrack?.IsDefault == true))
        {
            candidates.RemoveAll(f => f.AudioTrack?.IsDefault == false);
        }

        return candidates;
    }

    /// <summary>Any plain-URL format at all, whatever its container: what tells a client "answered but gave nothing usable".</summary>
    public static bool HasPlainUrl(IEnumerable<StreamingFormat> formats) => formats.Any(f => f.Url is not null && !f.UrlNeedsPlayerJs);

    public static bool IsMp4Family(StreamingFormat format)
    {
        var codecs = format.Codecs;
        if (format.IsMuxed)
        {
            return format.Container == "video/mp4" && codecs.Any(IsVideoCodec) && codecs.Any(IsAudioCodec);
        }

        return format.Container switch
        {
            "video/mp4" => codecs.Count == 1 && IsVideoCodec(codecs[0]),
            "audio/mp4" => codecs.Count == 1 && IsAudioCodec(codecs[0]),
            _ => false,
        };
    }

    /// <summary>Audio-only WebM holding Opus: what an Opus download rewraps as Ogg.</summary>
    public static bool IsWebMOpus(StreamingFormat format) =>
        !format.IsMuxed && format.Container == "audio/webm" && format.Codecs is [var codec] && codec == OpusCodec;

    public static bool IsAvc(StreamingFormat format) => format.Codecs.Any(c => c.StartsWith("avc1", StringComparison.Ordinal));

    public static bool IsVideoCodec(string codec) =>
        codec.StartsWith("avc1", StringComparison.Ordinal) || codec.StartsWith("av01", StringComparison.Ordinal);

    public static bool IsAudioCodec(string codec) => codec.StartsWith("mp4a", StringComparison.Ordinal);

    public static bool IsOpusCodec(string codec) => codec == OpusCodec;

    private const string OpusCodec = "opus";
}
