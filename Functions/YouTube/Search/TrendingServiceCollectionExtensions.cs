using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace YouTubeDownloader.YouTube.Search;

public static class TrendingServiceCollectionExtensions
{
    /// <summary>Trending and its settings; search itself comes with the YouTube resolver (<c>AddYouTubeResolver</c>).</summary>
    public static IServiceCollection AddTrending(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TrendingOptions>()
            .Bind(configuration.GetSection(TrendingOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddMemoryCache();
        services.AddSingleton<TrendingVideos>();
        return services;
    }
}
