using System.Globalization;
using System.Text.Json;
using System.Web;

namespace YouTubeDownloader.YouTube.Wire;

/// <summary>
/// One entry of <c>formats</c> or <c>adaptiveFormats</c>; with a <c>solvedUrl</c>, the same entry whose URL the player's
/// challenges were solved for (<see cref="WithUrl"/>), which then reads like a plain one.
/// </summary>
public sealed class StreamingFormat(JsonElement element, bool muxed, string? solvedUrl = null)
{
    /// <summary>Whether it came from <c>formats</c> (video and audio in one file) rather than <c>adaptiveFormats</c>.</summary>
    public bool IsMuxed { get; } = muxed;

    public int? Itag => Get("itag").Int32();

    /// <summary>The plain (or solved) stream URL; null when the format has only a <c>signatureCipher</c> or only SABR.</summary>
    public string? Url => solvedUrl ?? (Get("url").String() is { Length: > 0 } url ? url : null);

    /// <summary>The URL carries an <c>n</c> parameter the JavaScript player has not transformed yet.</summary>
    public bool UrlNeedsPlayerJs => !IsSolved && Url is { } url && UrlQuery(url)["n"] is not null;

    public bool HasSignatureCipher => SignatureCipher is not null;

    /// <summary><c>signatureCipher</c> (or the older <c>cipher</c>): a query string of <c>s</c>, <c>sp</c> and <c>url</c>.</summary>
    public string? SignatureCipher => Get("signatureCipher").String() ?? Get("cipher").String();

    /// <summary>Whether <see cref="Url"/> is one the player's challenges were solved for.</summary>
    public bool IsSolved => solvedUrl is not null;

    /// <summary>The same format with the URL its challenges were solved for.</summary>
    public StreamingFormat WithUrl(string url) => new(element, IsMuxed, url);

    /// <summary>As sent: <c>video/mp4; codecs="avc1.64001f"</c>.</summary>
    public string MimeType => Get("mimeType").String() ?? "";

    /// <summary>The media type without parameters, lower case: <c>video/mp4</c>.</summary>
    public string Container => MimeType.Split(';', 2)[0].Trim().ToLowerInvariant();

    /// <summary>The codecs of the <c>codecs</c> parameter, lower case: <c>["avc1.64001f"]</c>.</summary>
    public IReadOnlyList<string> Codecs
    {
        get
        {
            var at = MimeType.IndexOf("codecs=", StringComparison.OrdinalIgnoreCase);
            return at < 0
                ? []
                : MimeType[(at + "codecs=".Length)..].Trim().Trim('"').Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(c => c.ToLowerInvariant()).ToList();
        }
    }

    public long Bitrate => Get("bitrate").Int64() ?? Get("averageBitrate").Int64() ?? 0;

    public int? Width => Get("width").Int32();

    public int? Height => Get("height").Int32();

    public int Fps => Get("fps").Int32() ?? 0;

    public string? QualityLabel => Get("qualityLabel").String();

    /// <summary><c>contentLength</c>, else the <c>clen</c> of the URL; null when neither is there (often so for itag 18).</summary>
    public long? ContentLength =>
        Get("contentLength").Int64()
        ?? (Url is { } url && long.TryParse(UrlQuery(url)["clen"], NumberStyles.None, CultureInfo.InvariantCulture, out var clen) ? clen : null);

    public long? ApproxDurationMs => Get("approxDurationMs").Int64();

    public AudioTrack? AudioTrack => Get("audioTrack") is { ValueKind: JsonValueKind.Object } e ? new AudioTrack(e) : null;

    /// <summary>Dynamic-range-compressed audio: a variant, never wanted when the plain twin exists.</summary>
    public bool IsDrc => Get("isDrc").Boolean() ?? false;

    public bool HasDrm => Get("drmFamilies") is { ValueKind: JsonValueKind.Array } a && a.GetArrayLength() > 0;

    /// <summary><c>FORMAT_STREAM_TYPE_OTF</c>: served in numbered pieces, not as one file.</summary>
    public bool IsOtf => string.Equals(Get("type").String(), "FORMAT_STREAM_TYPE_OTF", StringComparison.OrdinalIgnoreCase);

    /// <summary>A live stream's segment format (<c>targetDurationSec</c>).</summary>
    public bool IsLiveSegment => Get("targetDurationSec") is not null;

    public bool IsAudioOnly => !IsMuxed && Container.StartsWith("audio/", StringComparison.Ordinal);

    public bool IsVideoOnly => !IsMuxed && Container.StartsWith("video/", StringComparison.Ordinal);

    public override string ToString() => $"itag {Itag} {MimeType} {Height}p{Fps} {Bitrate}bps";

    private JsonElement? Get(string name) => element.Property(name);

    private static System.Collections.Specialized.NameValueCollection UrlQuery(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? HttpUtility.ParseQueryString(uri.Query) : [];
}
