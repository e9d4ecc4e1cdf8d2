using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace YouTubeDownloader.YouTube.PoTokens;

public static class PoTokenServiceCollectionExtensions
{
    /// <summary>Registers <see cref="PoTokenProviderClient"/> with the settings of <c>YouTube:PoTokenProvider</c>.</summary>
    public static IServiceCollection AddPoTokenProvider(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PoTokenProviderOptions>().Bind(configuration.GetSection(PoTokenProviderOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        // No retry handler: the client's own deadline bounds the call, and a miss only skips one client.
        services.AddHttpClient(PoTokenProviderClient.HttpClientName);
        services.AddSingleton<PoTokenProviderClient>();
        return services;
    }
}
