using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using YouTubeDownloader.Playlists;
using YouTubeDownloader.Thumbnails;
using YouTubeDownloader.Delivery;
using YouTubeDownloader.Views;
using YouTubeDownloader.Workflow;

namespace YouTubeDownloader.Commands;

public static class DownloadsServiceCollectionExtensions
{
    public static IServiceCollection AddDownloads(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WorkflowOptions>()
            .Bind(configuration.GetSection(WorkflowOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddPlaylists(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<WorkflowClient>();
        services.AddSingleton<StepAttempts>();
        services.AddSingleton<Workflow.Playlist.PlaylistPageReader>();

        // The durable worker asks it for the properties of each failed activity's exception.
        services.AddSingleton<Microsoft.DurableTask.Worker.IExceptionPropertiesProvider, FailureProperties>();
        services.AddSingleton<DownloadCommands>();
        services.AddSingleton<DownloadQueries>();
        services.AddSingleton<TaskFiles>();
        services.AddSingleton<TaskThumbnails>();
        services.AddSingleton<Subtitles.TaskSubtitles>();
        return services;
    }
}
