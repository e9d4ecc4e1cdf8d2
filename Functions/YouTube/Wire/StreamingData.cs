using System.Text.Json;

namespace YouTubeDownloader.YouTube.Wire;

/// <summary><c>streamingData</c>: muxed <c>formats</c> (visionOS sends none) and <c>adaptiveFormats</c>.</summary>
public readonly struct StreamingData(JsonElement element)
{
    public long? ExpiresInSeconds => element.Property("expiresInSeconds").Int64();

    /// <summary>Video and audio in one file.</summary>
    public IReadOnlyList<StreamingFormat> Formats => Read("formats", muxed: true);

    /// <summary>Video-only or audio-only streams.</summary>
    public IReadOnlyList<StreamingFormat> AdaptiveFormats => Read("adaptiveFormats", muxed: false);

    public IEnumerable<StreamingFormat> All => Formats.Concat(AdaptiveFormats);

    private List<StreamingFormat> Read(string name, bool muxed) =>
        element.Property(name).Items()
            .Where(f => f.ValueKind == JsonValueKind.Object)
            .Select(f => new StreamingFormat(f, muxed))
            .ToList();
}
