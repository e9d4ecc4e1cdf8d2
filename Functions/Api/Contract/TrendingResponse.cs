namespace YouTubeDownloader.Api.Contract;

/// <summary><c>GET /api/trending</c>: the original's <c>{"results": […]}</c>.</summary>
public sealed record TrendingResponse(IReadOnlyList<SearchResultItem> Results);
