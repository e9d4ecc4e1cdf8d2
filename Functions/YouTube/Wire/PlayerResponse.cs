using System.Text.Json;

namespace YouTubeDownloader.YouTube.Wire;

/// <summary>
/// The body of <c>/youtubei/v1/player</c>: a thin view over the JSON. Every part may be missing
/// (a private video comes without <c>videoDetails</c>, a refusal without <c>streamingData</c>).
/// </summary>
public sealed class PlayerResponse
{
    private PlayerResponse(JsonElement root) => Root = root;

    public JsonElement Root { get; }

    public PlayabilityStatus Playability => new(Root.Property("playabilityStatus"));

    public VideoDetails? VideoDetails => Root.Property("videoDetails") is { ValueKind: JsonValueKind.Object } e ? new VideoDetails(e) : null;

    public Microformat? Microformat =>
        Root.Property("microformat").Property("playerMicroformatRenderer") is { ValueKind: JsonValueKind.Object } e ? new Microformat(e) : null;

    public StreamingData? StreamingData => Root.Property("streamingData") is { ValueKind: JsonValueKind.Object } e ? new StreamingData(e) : null;

    /// <summary>Parses a response body. Anything but a JSON object is <see cref="InvalidDataException"/>.</summary>
    public static PlayerResponse Parse(ReadOnlySpan<byte> utf8Json) => new(InnerTubeJson.ParseObject(utf8Json, "player response"));

    public static PlayerResponse Parse(string json) => Parse(System.Text.Encoding.UTF8.GetBytes(json));
}
