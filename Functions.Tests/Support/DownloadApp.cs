using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Sources;
using YouTubeDownloader.Storage;
using YouTubeDownloader.Testing;
using YouTubeDownloader.Testing.Host;
using YouTubeDownloader.Testing.Media;

namespace YouTubeDownloader.Tests.Support;

/// <summary>The whole app for a test: Azurite, a local media server, the local resolver, the functions over HTTP.</summary>
public sealed class DownloadApp : IAsyncDisposable
{
    private DownloadApp(FunctionsTestHost host, LocalMediaServer media, LocalMediaResolver resolver)
    {
        Host = host;
        Media = media;
        Resolver = resolver;
    }

    public FunctionsTestHost Host { get; }

    public LocalMediaServer Media { get; }

    public LocalMediaResolver Resolver { get; }

    public HttpClient Http => Host.Http;

    /// <param name="configureServices">Registrations after the local resolver's; a later <see cref="IMediaResolver"/> wins (the YouTube tests add the real one).</param>
    public static async Task<DownloadApp> StartAsync(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configureServices = null)
    {
        var azurite = await AzuriteServer.Shared;
        var media = await LocalMediaServer.StartAsync();
        var resolver = new LocalMediaResolver(media, new HttpClient());
        var host = await FunctionsTestHost.StartAsync(
            azurite,
            services =>
            {
                services.AddSingleton<IMediaResolver>(resolver);
                configureServices?.Invoke(services);
            },
            settings);
        return new DownloadApp(host, media, resolver);
    }

    /// <summary>Serves a single progressive stream of <paramref name="length"/> pattern bytes as video <paramref name="videoId"/>.</summary>
    public byte[] AddVideo(string videoId, string title, long length, int seed = 1)
    {
        var content = MediaContent.Pattern(length, seed);
        Media.Add(videoId, content);
        Resolver.Add(videoId, title, (videoId, MediaStreamKind.Muxed, length));
        return content.ToArray();
    }

    public async Task<JsonElement> StartAsync(string videoId, string quality = "360p")
    {
        using var response = await Http.PostAsJsonAsync(
            "/api/download", new { url = $"https://www.youtube.com/watch?v={videoId}", quality });
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>A pending 720p video task for <paramref name="videoId"/>, written straight to the table, for tests that run the activities one by one.</summary>
    public async Task<DownloadTask> CreateTaskAsync(string videoId)
    {
        var task = new DownloadTask
        {
            Id = Guid.CreateVersion7(),
            Url = $"https://www.youtube.com/watch?v={videoId}",
            VideoId = videoId,
            Quality = Quality.Parse("720p"),
            DownloadType = DownloadType.Video,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        await Host.Services.GetRequiredService<DownloadTaskStore>().CreateAsync(task, CancellationToken.None);
        return task;
    }

    public async Task<JsonElement> GetTaskAsync(string id)
    {
        using var response = await Http.GetAsync($"/api/downloads/{id}");
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Polls the task until its status satisfies <paramref name="done"/>; fails the test after <paramref name="timeout"/>.</summary>
    public Task<JsonElement> WaitForAsync(string id, Func<string, bool> done, TimeSpan? timeout = null) =>
        Eventually.GetAsync(
            () => GetTaskAsync(id),
            task => done(task.GetProperty("status").GetString()!),
            timeout ?? TimeSpan.FromSeconds(60),
            async task => $"task {id} is {task}; workflow: {await DescribeWorkflowAsync(id)}");

    public Task<JsonElement> WaitForEndAsync(string id, TimeSpan? timeout = null) =>
        WaitForAsync(id, s => s is "completed" or "error" or "cancelled", timeout);

    /// <summary>The orchestration's state and failure, for test failure messages.</summary>
    public async Task<string> DescribeWorkflowAsync(string id)
    {
        var instance = await Host.Durable.GetInstanceAsync(id, getInputsAndOutputs: true);
        return instance is null
            ? "none"
            : $"{instance.RuntimeStatus} {instance.SerializedOutput} {instance.FailureDetails?.ErrorType}: {instance.FailureDetails?.ErrorMessage} {instance.FailureDetails?.StackTrace}";
    }

    /// <summary>Every blob name the task left, committed or not.</summary>
    public async Task<List<string>> BlobsOfAsync(string id)
    {
        var names = new List<string>();
        if (!await Host.Container.ExistsAsync())
        {
            // Created on the app's first blob write; before that a task has no blob.
            return names;
        }

        await foreach (var blob in Host.Container.GetBlobsAsync(
                           new Azure.Storage.Blobs.Models.GetBlobsOptions
                           {
                               Prefix = id + "/",
                               States = Azure.Storage.Blobs.Models.BlobStates.Uncommitted,
                           }))
        {
            names.Add(blob.Name);
        }

        return names;
    }

    /// <summary>
    /// The task's blobs once a stopped transfer has had time to clean up: waits (up to 15 s) for none to be
    /// left, then a second more in case a late block lands, and lists again.
    /// </summary>
    public async Task<List<string>> BlobsAfterSettlingAsync(string id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while ((await BlobsOfAsync(id)).Count > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        await Task.Delay(1000);
        return await BlobsOfAsync(id);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Media.DisposeAsync();
    }
}
