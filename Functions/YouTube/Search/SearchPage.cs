namespace YouTubeDownloader.YouTube.Search;

/// <summary>What one search call answers: up to the asked number of videos, the cursor of what follows (null at the end), YouTube's corrected query.</summary>
public sealed record SearchPage(IReadOnlyList<SearchVideo> Items, SearchCursor? Next, string? CorrectedQuery);
