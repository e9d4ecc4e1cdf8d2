using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.AspNetCore.Builder;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using YouTubeDownloader.Assembling;
using YouTubeDownloader.Commands;
using YouTubeDownloader.Delivery;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Events;
using YouTubeDownloader.Storage;
using YouTubeDownloader.Transfer;
using YouTubeDownloader.Webhooks;
using YouTubeDownloader.Workflow;
using YouTubeDownloader.Workflow.Download;
using YouTubeDownloader.Workflow.Playlist;
using YouTubeDownloader.Workflow.Subscription;
using YouTubeDownloader.Workflow.Webhook;

namespace YouTubeDownloader.Testing.Host;

/// <summary>
/// The app as the Functions host would run it, minus the host: the same service registrations as
/// <c>Program.cs</c> against a real Azurite, the real orchestrator and activities in the in-process durable
/// engine, and the HTTP functions on real Kestrel. Each host gets its own container and table.
/// </summary>
public sealed class FunctionsTestHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private FunctionsTestHost(WebApplication app, Uri baseAddress)
    {
        this.app = app;
        Http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(5) };
    }

    public HttpClient Http { get; }

    public IServiceProvider Services => app.Services;

    public DurableTaskClient Durable => Services.GetRequiredService<DurableTaskClient>();

    public BlobContainerClient Container { get; private set; } = null!;

    public TableClient Table { get; private set; } = null!;

    /// <summary>
    /// Starts the app. <paramref name="configureServices"/> supplies what differs from production, at least
    /// the <see cref="Resolution.IMediaResolver"/>; <paramref name="settings"/> override configuration.
    /// </summary>
    public static Task<FunctionsTestHost> StartAsync(
        AzuriteServer azurite,
        Action<IServiceCollection> configureServices,
        IDictionary<string, string?>? settings = null) =>
        StartAsync(azurite.ConnectionString, configureServices, settings);

    public static async Task<FunctionsTestHost> StartAsync(
        string storageConnectionString,
        Action<IServiceCollection> configureServices,
        IDictionary<string, string?>? settings = null)
    {
        // The durable engine's sidecar binds a port of its own; two hosts starting at once may pick the same one.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryStartAsync(storageConnectionString, configureServices, settings);
            }
            catch (IOException e) when (attempt < 5 && e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
            {
            }
        }
    }

    private static async Task<FunctionsTestHost> TryStartAsync(
        string storageConnectionString,
        Action<IServiceCollection> configureServices,
        IDictionary<string, string?>? settings)
    {
        var name = "t" + Guid.NewGuid().ToString("N")[..16];
        var builder = LoopbackWebApp.CreateBuilder();
        if (Environment.GetEnvironmentVariable("TEST_HOST_LOGS") is { Length: > 0 } level)
        {
            // For debugging a test: TEST_HOST_LOGS=Information (or Debug) prints the app's and the engine's logs.
            builder.Logging.AddSimpleConsole().SetMinimumLevel(Enum.Parse<LogLevel>(level));
        }

        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [StorageServiceCollectionExtensions.ConnectionName] = storageConnectionString,
            [$"{DownloadOptions.Section}:{nameof(DownloadOptions.Container)}"] = name,
            [$"{DownloadOptions.Section}:{nameof(DownloadOptions.Table)}"] = name,
            [$"{TransferOptions.Section}:{nameof(TransferOptions.SegmentSizeBytes)}"] = (256 * 1024).ToString(),
            [$"{TransferOptions.Section}:{nameof(TransferOptions.RetryDelay)}"] = "00:00:00.050",
            [$"{TransferOptions.Section}:{nameof(TransferOptions.StallTimeout)}"] = "00:00:02",
            [$"{WorkflowOptions.Section}:{nameof(WorkflowOptions.ProgressInterval)}"] = "00:00:00.200",
            [$"{WorkflowOptions.Section}:{nameof(WorkflowOptions.FirstRetryInterval)}"] = "00:00:00.200",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        WebApplication? app = null;
        builder.Services
            .AddDownloadStorage(builder.Configuration)
            .AddSegmentedTransfer(builder.Configuration)
            .AddFileAssembly()
            .AddDownloads(builder.Configuration)
            .AddSubscriptions(builder.Configuration)
            .AddDelivery(builder.Configuration)
            .AddTaskEvents()
            .AddWebhooks(builder.Configuration)
            .AddMvcCore();
        configureServices(builder.Services);
        builder.Services.AddInMemoryDurableTask(registry =>
            DurableFunctionRegistry.AddFunctions(
                registry,
                typeof(DownloadOrchestrator).Assembly,
                () => app!.Services,
                new Dictionary<string, Type>
                {
                    [nameof(DownloadOrchestrator)] = typeof(DownloadOrchestration),
                    [nameof(PlaylistOrchestrator)] = typeof(PlaylistOrchestration),
                    [nameof(WebhookOrchestrator)] = typeof(WebhookNotice),
                    [nameof(SubscriptionOrchestrator)] = typeof(SubscriptionOrchestration),
                }),
            new InMemoryDurableTaskOptions { Port = LoopbackPort.Free() });

        app = builder.Build();
        HttpFunctionRoutes.Map(app, typeof(DownloadOrchestrator).Assembly);
        await app.StartAsync();

        var host = new FunctionsTestHost(app, LoopbackWebApp.BaseAddressOf(app));
        host.Container = app.Services.GetRequiredService<BlobServiceClient>().GetBlobContainerClient(name);
        host.Table = app.Services.GetRequiredService<TableServiceClient>().GetTableClient(name);
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
