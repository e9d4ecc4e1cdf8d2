using System.Text.Json;

namespace YouTubeDownloader.YouTube.Wire;

/// <summary>
/// One entry of the player response's <c>captions.playerCaptionsTracklistRenderer.captionTracks</c>: a subtitle track of
/// the video. <c>baseUrl</c> is a signed <c>/api/timedtext</c> URL on YouTube's own host; <c>fmt=</c> picks the format.
/// </summary>
public readonly struct CaptionTrack(JsonElement element)
{
    public string? BaseUrl => element.Property("baseUrl").String();

    /// <summary>For example <c>en</c>, <c>zh-Hant</c>, <c>es-419</c>.</summary>
    public string? LanguageCode => element.Property("languageCode").String();

    /// <summary><c>asr</c> for automatic (speech-recognised) captions; absent for written ones.</summary>
    public string? Kind => element.Property("kind").String();

    public bool IsAutomatic => string.Equals(Kind, "asr", StringComparison.OrdinalIgnoreCase);

    /// <summary>For people: <c>{"simpleText"}</c> or <c>{"runs"}</c> (<c>English (auto-generated)</c>).</summary>
    public string? Name => element.Property("name").Text();

    /// <summary>The tracks of a player response, in YouTube's order; none when it has no captions.</summary>
    public static IReadOnlyList<CaptionTrack> ListOf(PlayerResponse response) =>
        response.Root.Property("captions").Property("playerCaptionsTracklistRenderer").Property("captionTracks").Items()
            .Where(e => e.ValueKind == JsonValueKind.Object)
            .Select(e => new CaptionTrack(e))
            .ToList();
}
