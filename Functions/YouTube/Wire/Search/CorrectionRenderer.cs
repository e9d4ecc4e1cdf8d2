using System.Text.Json;

namespace YouTubeDownloader.YouTube.Wire.Search;

/// <summary>
/// "Showing results for", "Did you mean" or "Including results for": the query YouTube proposes or used,
/// <c>correctedQueryEndpoint.searchEndpoint.query</c>, else the text of <c>correctedQuery</c>.
/// </summary>
public readonly struct CorrectionRenderer(JsonElement element)
{
    public string? CorrectedQuery =>
        element.Property("correctedQueryEndpoint").Property("searchEndpoint").Property("query").String()
        ?? ((JsonElement?)element).Property("correctedQuery").Text();
}
