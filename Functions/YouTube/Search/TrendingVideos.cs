using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using YouTubeDownloader.YouTube.Search;

namespace YouTubeDownloader.YouTube.Search;

/// <summary>
/// <c>GET /api/trending</c>: the original API's fixed search (<see cref="TrendingOptions.TrendingQuery"/>), kept for
/// <see cref="TrendingOptions.TrendingCacheMinutes"/> per instance so a popular page does not become a search per visitor.
/// Failures are not cached.
/// </summary>
public sealed class TrendingVideos(YouTubeSearch search, IMemoryCache cache, IOptionsMonitor<TrendingOptions> options)
{
    private static readonly object CacheKey = new();

    public async Task<IReadOnlyList<SearchVideo>> GetAsync(CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        if (cache.TryGetValue(CacheKey, out IReadOnlyList<SearchVideo>? cached) && cached is not null)
        {
            return cached;
        }

        var page = await search.SearchAsync(settings.TrendingQuery, settings.TrendingResults, cursor: null, cancellationToken);
        if (settings.TrendingCacheMinutes > 0)
        {
            cache.Set(CacheKey, page.Items, TimeSpan.FromMinutes(settings.TrendingCacheMinutes));
        }

        return page.Items;
    }
}
