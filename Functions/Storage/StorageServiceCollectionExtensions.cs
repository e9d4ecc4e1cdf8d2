using Azure.Core;
using Azure.Data.Tables;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>The connection the app reads first; <c>AzureWebJobsStorage</c> when it is absent.</summary>
    public const string ConnectionName = "DownloadsStorage";

    public const string FallbackConnectionName = "AzureWebJobsStorage";

    /// <summary>
    /// Registers the Blob and Table clients through the Azure SDK's client factory, from either a
    /// connection string (<c>DownloadsStorage=…</c>) or identity-based settings in the Functions shape
    /// (<c>DownloadsStorage__blobServiceUri</c>, <c>__tableServiceUri</c>, <c>__credential</c>, <c>__clientId</c>),
    /// so local Azurite and a managed identity in Azure need no code change.
    /// </summary>
    public static IServiceCollection AddDownloadStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DownloadOptions>()
            .Bind(configuration.GetSection(DownloadOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        var connection = ConnectionSection(configuration);
        services.AddAzureClients(clients =>
        {
            clients.ConfigureDefaults(FailFast);
            if (!string.IsNullOrEmpty(connection.Value))
            {
                clients.AddBlobServiceClient(connection.Value);
                clients.AddTableServiceClient(connection.Value).ConfigureOptions(ShortTableTimeout);
                return;
            }

            clients.AddBlobServiceClient(RequiredUri(connection, "blobServiceUri"));
            clients.AddTableServiceClient(RequiredUri(connection, "tableServiceUri")).ConfigureOptions(ShortTableTimeout);

            // Reads credential / clientId / tenantId the way the Functions host reads its own connections.
            clients.UseCredential(provider =>
                provider.GetRequiredService<AzureComponentFactory>().CreateTokenCredential(connection));
        });

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DownloadTaskStore>();
        services.AddSingleton<DownloadBlobStore>();
        services.AddSingleton<FileNameIndex>();
        services.AddSingleton<StreamChoiceIndex>();
        return services;
    }

    /// <summary>
    /// The SDK's default retries wait 0.8 s, 1.6 s, 3.2 s (up to a minute) and give each try 100 s: with storage
    /// down an HTTP call would hang for many seconds before answering. Shorter waits (about 0.2 + 0.4 + 0.8 s, with
    /// jitter) keep one call's failure to a couple of seconds; longer outages are the business of the layers above,
    /// which retry on their own terms (the transfer per segment, the workflow per activity, the client per call).
    /// A <c>Retry-After</c> from storage (503 Server Busy) is still honoured by the SDK.
    /// </summary>
    private static void FailFast(ClientOptions options)
    {
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.MaxRetries = 3;
        options.Retry.Delay = TimeSpan.FromMilliseconds(200);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(2);
    }

    /// <summary>
    /// Table requests are point reads and writes and pages of at most 1000 small rows: 5 s per try is ample, and it
    /// bounds a call to an unresponsive endpoint (no refusal, no answer) to about 20 s instead of minutes. Blobs keep
    /// the SDK's 100 s, which covers sending a whole staged block (10 MiB) on a slow link.
    /// </summary>
    private static void ShortTableTimeout(TableClientOptions options) => options.Retry.NetworkTimeout = TimeSpan.FromSeconds(5);

    private static IConfigurationSection ConnectionSection(IConfiguration configuration)
    {
        var own = configuration.GetSection(ConnectionName);
        return own.Exists() ? own : configuration.GetSection(FallbackConnectionName);
    }

    private static Uri RequiredUri(IConfigurationSection connection, string key)
    {
        var value = connection[key];
        return Uri.TryCreate(value, UriKind.Absolute, out var uri)
            ? uri
            : throw new InvalidOperationException(
                $"Storage is not configured: set '{ConnectionName}' (or '{FallbackConnectionName}') to a connection string, " +
                $"or set '{connection.Path}__{key}' to the service URI (missing or not a URI: '{value}').");
    }
}
