using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
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
            if (!string.IsNullOrEmpty(connection.Value))
            {
                clients.AddBlobServiceClient(connection.Value);
                clients.AddTableServiceClient(connection.Value);
                return;
            }

            clients.AddBlobServiceClient(RequiredUri(connection, "blobServiceUri"));
            clients.AddTableServiceClient(RequiredUri(connection, "tableServiceUri"));

            // Reads credential / clientId / tenantId the way the Functions host reads its own connections.
            clients.UseCredential(provider =>
                provider.GetRequiredService<AzureComponentFactory>().CreateTokenCredential(connection));
        });

        services.AddSingleton<DownloadTaskStore>();
        services.AddSingleton<DownloadBlobStore>();
        services.AddSingleton<FileNameIndex>();
        return services;
    }

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
