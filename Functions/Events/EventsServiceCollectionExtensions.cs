using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace YouTubeDownloader.Events;

public static class EventsServiceCollectionExtensions
{
    /// <summary>Live task events; their settings are <c>Delivery</c>'s (<c>AddDelivery</c>), the store is <c>AddDownloadStorage</c>'s.</summary>
    public static IServiceCollection AddTaskEvents(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<TaskEventFeed>();
        return services;
    }
}
