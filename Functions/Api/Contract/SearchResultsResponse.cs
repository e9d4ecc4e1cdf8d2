using YouTubeDownloader.YouTube.Search;

namespace YouTubeDownloader.Api.Contract;

/// <summary>
/// <c>GET /api/search</c>: the original's <c>{"results", "query"}</c> plus (new) <c>continuation</c> (pass it back to get
/// what follows; null at the end) and <c>corrected_query</c> (what YouTube proposed or searched instead; null when nothing).
/// </summary>
public sealed record SearchResultsResponse(IReadOnlyList<SearchResultItem> Results, string Query, string? Continuation, string? CorrectedQuery)
{
    public static SearchResultsResponse From(SearchPage page, string query) =>
        new(page.Items.Select(SearchResultItem.From).ToList(), query, page.Next?.Encode(), page.CorrectedQuery);
}
