using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace YouTubeDownloader.Transfer;

public static class TransferServiceCollectionExtensions
{
    public static IServiceCollection AddSegmentedTransfer(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TransferOptions>()
            .Bind(configuration.GetSection(TransferOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<RangeFetcher>();
        services.AddSingleton<SegmentedTransfer>();
        services.AddSingleton<OnePassTransfer>();
        services.AddSingleton<RemuxBlockWriter>();
        return services;
    }
}
