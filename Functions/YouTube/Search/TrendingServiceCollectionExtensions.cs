using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace YouTubeDownloader.Discovery;

public static class DiscoveryServiceCollectionExtensions
{
    /// <summary>Trending and its settings; search itself comes with the YouTube resolver (<c>AddYouTubeResolver</c>).</summary>
    public static IServiceCollection AddDiscovery(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DiscoveryOptions>()
            .Bind(configuration.GetSection(DiscoveryOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddMemoryCache();
        services.AddSingleton<TrendingVideos>();
        return services;
    }
}
