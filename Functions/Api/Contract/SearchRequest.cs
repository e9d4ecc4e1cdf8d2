using YouTubeDownloader.YouTube.Search;

namespace YouTubeDownloader.Api.Contract;

/// <summary>A validated <c>GET /api/search</c>: the query, how many videos, and where to continue (null = from the start).</summary>
public sealed record SearchRequest(string Query, int MaxResults, SearchCursor? Cursor);
