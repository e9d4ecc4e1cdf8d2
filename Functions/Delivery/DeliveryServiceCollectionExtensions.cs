using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace YouTubeDownloader.Delivery;

public static class DeliveryServiceCollectionExtensions
{
    /// <summary>Direct download links and their settings; needs the storage clients (<c>AddDownloadStorage</c>).</summary>
    public static IServiceCollection AddDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DeliveryOptions>()
            .Bind(configuration.GetSection(DeliveryOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<BlobLinkSigner>();
        services.AddSingleton<CompletedFileReuse>();
        return services;
    }
}
