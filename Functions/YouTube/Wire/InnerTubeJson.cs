using System.Text.Json;

namespace YouTubeDownloader.YouTube.Wire;

/// <summary>Parses an InnerTube body, which must be a JSON object; anything else is <see cref="InvalidDataException"/>.</summary>
internal static class InnerTubeJson
{
    /// <param name="what">Names the body in the message: "player response", "search response".</param>
    public static JsonElement ParseObject(ReadOnlySpan<byte> utf8Json, string what)
    {
        JsonElement root;
        try
        {
            var reader = new Utf8JsonReader(utf8Json);
            root = JsonElement.ParseValue(ref reader);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"The {what} is not valid JSON.", ex);
        }

        return root.ValueKind == JsonValueKind.Object
            ? root
            : throw new InvalidDataException($"The {what} is a JSON {root.ValueKind}, not an object.");
    }
}
