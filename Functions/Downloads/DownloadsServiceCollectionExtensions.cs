using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using YouTubeDownloader.Playlists;
using YouTubeDownloader.Thumbnails;
using YouTubeDownloader.Workflow;

namespace YouTubeDownloader.Downloads;

public static class DownloadsServiceCollectionExtensions
{
    public static IServiceCollection AddDownloads(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WorkflowOptions>()
            .Bind(configuration.GetSection(WorkflowOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddPlaylistOptions(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DownloadService>();
        services.AddSingleton<TaskThumbnails>();
        return services;
    }
}
