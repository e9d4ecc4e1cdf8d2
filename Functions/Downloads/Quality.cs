using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace YouTubeDownloader.Downloads;

/// <summary>
/// What the client asked for: audio only, the best video, or the best video at most <see cref="MaxHeight"/> tall.
/// In JSON (durable messages) it is the contract's text, <c>"720p"</c>.
/// </summary>
[JsonConverter(typeof(JsonConverter))]
public readonly record struct Quality
{
    private static readonly int[] Heights = [144, 240, 360, 480, 720, 1080, 1440, 2160];

    private Quality(bool audioOnly, int? maxHeight)
    {
        AudioOnly = audioOnly;
        MaxHeight = maxHeight;
    }

    public static Quality Audio { get; } = new(true, null);

    public static Quality Best { get; } = new(false, null);

    public static IReadOnlyList<Quality> AllHeights { get; } = Heights.Select(AtMost).ToArray();

    public bool AudioOnly { get; }

    /// <summary>The tallest video stream acceptable; null for <see cref="Best"/> and <see cref="Audio"/>.</summary>
    public int? MaxHeight { get; }

    public static Quality AtMost(int height) =>
        Array.IndexOf(Heights, height) >= 0
            ? new(false, height)
            : throw new ArgumentOutOfRangeException(nameof(height), height, "Not one of the contract's heights.");

    /// <summary>Parses the contract's values: <c>144p</c> … <c>2160p</c>, <c>best</c>, <c>audio</c> (case-insensitive).</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Quality? quality)
    {
        quality = null;
        if (text is null)
        {
            return false;
        }

        var value = text.Trim().ToLowerInvariant();
        if (value == "best")
        {
            quality = Best;
        }
        else if (value == "audio")
        {
            quality = Audio;
        }
        else if (value.EndsWith('p')
                 && int.TryParse(value.AsSpan(0, value.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var height)
                 && Array.IndexOf(Heights, height) >= 0)
        {
            quality = new Quality(false, height);
        }

        return quality is not null;
    }

    public static Quality Parse(string text) =>
        TryParse(text, out var quality) ? quality.Value : throw new FormatException($"Unknown quality '{text}'.");

    public override string ToString() => AudioOnly ? "audio" : MaxHeight is { } h ? $"{h}p" : "best";

    private sealed class JsonConverter : JsonConverter<Quality>
    {
        public override Quality Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Parse(reader.GetString() ?? throw new JsonException("A quality is a string."));

        public override void Write(Utf8JsonWriter writer, Quality value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString());
    }
}
