using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace YouTubeDownloader.Downloads;

/// <summary>
/// An 11-character YouTube video id. A URL naming one is read by <c>YouTube.VideoUrl</c>; in JSON (durable messages,
/// stored rows) it is the bare id as a string.
/// </summary>
[JsonConverter(typeof(JsonConverter))]
public readonly record struct VideoId
{
    private VideoId(string value) => Value = value;

    public string Value { get; }

    public static bool IsValidId(ReadOnlySpan<char> text)
    {
        if (text.Length != 11)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_' && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    public static bool TryParseId(ReadOnlySpan<char> text, [NotNullWhen(true)] out VideoId? id)
    {
        id = IsValidId(text) ? new VideoId(text.ToString()) : null;
        return id is not null;
    }

    /// <summary>An id the app wrote itself (a stored row, a durable message): malformed means corrupt state.</summary>
    public static VideoId Parse(string text) =>
        TryParseId(text, out var id) ? id.Value : throw new FormatException("Not a YouTube video id.");

    public override string ToString() => Value;

    private sealed class JsonConverter : JsonConverter<VideoId>
    {
        public override VideoId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Parse(reader.GetString() ?? throw new JsonException("A video id is a string."));

        public override void Write(Utf8JsonWriter writer, VideoId value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.Value);
    }
}
