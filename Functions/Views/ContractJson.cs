using System.Text.Json;
using System.Text.Json.Serialization;

namespace YouTubeDownloader.Views;

/// <summary>
/// The contract's JSON: snake_case names, enums as snake_case text, nulls written out, text as UTF-8 with only
/// the escapes JSON requires (<see cref="MinimalJsonEscaping"/>), as the original API writes it.
/// </summary>
public static class ContractJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        Encoder = MinimalJsonEscaping.Instance,
    };
}
