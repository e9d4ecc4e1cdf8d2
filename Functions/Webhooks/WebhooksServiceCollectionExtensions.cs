using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace YouTubeDownloader.Webhooks;

public static class WebhooksServiceCollectionExtensions
{
    /// <summary>The setting <c>func start</c> and the Functions host set to <c>Development</c> on a developer's machine.</summary>
    public const string EnvironmentSetting = "AZURE_FUNCTIONS_ENVIRONMENT";

    public static IServiceCollection AddWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebhookOptions>()
            .Bind(configuration.GetSection(WebhookOptions.Section))
            .PostConfigure(o => o.AllowLoopback = string.Equals(configuration[EnvironmentSetting], "Development", StringComparison.OrdinalIgnoreCase))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<IHostResolver, DnsHostResolver>();
        services.AddSingleton<CallbackPolicy>();
        services.AddSingleton<WebhookSender>();
        services.AddHttpClient(WebhookSender.HttpClientName)
            .ConfigureHttpClient((sp, http) => http.Timeout = sp.GetRequiredService<IOptions<WebhookOptions>>().Value.Timeout)
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                // Every connection is opened by the policy; a proxy would connect in its place, a redirect go unchecked.
                ConnectCallback = sp.GetRequiredService<CallbackPolicy>().ConnectAsync,
                UseProxy = false,
                AllowAutoRedirect = false,
                UseCookies = false,
            });
        return services;
    }
}
