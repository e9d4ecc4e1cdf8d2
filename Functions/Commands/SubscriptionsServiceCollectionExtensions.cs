using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using YouTubeDownloader.Storage;
using YouTubeDownloader.Subscriptions;
using YouTubeDownloader.Workflow.Subscription;

namespace YouTubeDownloader.Commands;

public static class SubscriptionsServiceCollectionExtensions
{
    /// <summary>Subscriptions: their settings (validated at start), their table, their workflow and commands.</summary>
    public static IServiceCollection AddSubscriptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SubscriptionOptions>()
            .Bind(configuration.GetSection(SubscriptionOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => o.IntervalUnit > TimeSpan.Zero, "Subscriptions:IntervalUnit must be positive.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SubscriptionStore>();
        services.AddSingleton<SubscriptionWorkflow>();
        services.AddSingleton<SubscriptionChecker>();
        services.AddSingleton<SubscriptionCommands>();
        return services;
    }
}
