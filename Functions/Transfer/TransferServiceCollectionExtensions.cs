using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace YouTubeDownloader.Transfer;

public static class TransferServiceCollectionExtensions
{
    public static IServiceCollection AddSegmentedTransfer(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TransferOptions>()
            .Bind(configuration.GetSection(TransferOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(provider => SegmentBufferPool.For(provider.GetRequiredService<IOptions<TransferOptions>>().Value));
        services.AddSingleton<RangeFetcher>();
        services.AddSingleton<SegmentedTransfer>();
        services.AddSingleton<OnePassTransfer>();
        return services;
    }
}
