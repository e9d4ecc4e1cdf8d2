namespace YouTubeDownloader.YouTube.Search;

/// <summary>One page of search results: the videos in YouTube's order, the next page's token, and the query YouTube proposed or used instead.</summary>
public sealed record SearchListing(IReadOnlyList<SearchVideo> Items, string? Continuation, string? CorrectedQuery);
