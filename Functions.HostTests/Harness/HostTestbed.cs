using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using YouTubeDownloader.Testing;
using YouTubeDownloader.Testing.FakeYouTube;
using YouTubeDownloader.Testing.Media;

namespace YouTubeDownloader.HostTests.Harness;

/// <summary>
/// One scenario's world: its own Azurite on disk, a fake YouTube serving real DASH streams, and the app on the real
/// Functions host pointed at both. Clients talk to it over HTTP only; storage is read directly to check what is left.
/// </summary>
public sealed class HostTestbed : IAsyncDisposable
{
    public const int VideoItag = 298;
    public const int AudioItag = 140;
    private const string FixtureVideoId = "OwnNormal01";
    private static int videoCounter;

    private readonly string directory;

    private HostTestbed(string directory, AzuriteServer storage, FakeYouTubeServer youTube)
    {
        this.directory = directory;
        Storage = storage;
        YouTube = youTube;
    }

    public AzuriteServer Storage { get; }

    public FakeYouTubeServer YouTube { get; }

    public FunctionsHostProcess Host { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public BlobContainerClient Files => new(Storage.ConnectionString, "downloads");

    public TableClient Tasks => new(Storage.ConnectionString, "downloads");

    /// <summary>
    /// Starts Azurite, the fake YouTube and the host. <paramref name="settings"/> are app settings on top of the
    /// testbed's own (storage, YouTube endpoints, task hub); a setting given as null is left out.
    /// </summary>
    public static async Task<HostTestbed> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var directory = Directory.CreateTempSubdirectory("host-test-").FullName;
        var storage = await AzuriteServer.StartAsync(Path.Combine(directory, "azurite"));
        var youTube = await FakeYouTubeServer.StartAsync();
        var testbed = new HostTestbed(directory, storage, youTube);
        var values = new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = storage.ConnectionString,
            ["DURABLE_TASK_HUB"] = "hosttests",
            ["AzureFunctionsWebHost__hostid"] = "youtube-downloader-host-tests",
            ["YouTube__ApiBaseAddress"] = youTube.BaseAddress.ToString(),
            ["YouTube__ThumbnailBaseAddresses__0"] = youTube.BaseAddress.ToString(),
            ["YouTube__StreamHosts__0"] = youTube.BaseAddress.Host,
            ["Workflow__FirstRetryInterval"] = "00:00:01",
        };
        foreach (var (name, value) in settings ?? new Dictionary<string, string?>())
        {
            values[name] = value;
        }

        testbed.Host = await FunctionsHostProcess.StartAsync(
            values.Where(v => v.Value is not null).ToDictionary(v => v.Key, v => v.Value!), directory);
        testbed.Http = new HttpClient { BaseAddress = testbed.Host.BaseAddress, Timeout = TimeSpan.FromSeconds(100) };
        return testbed;
    }

    /// <summary>A new video on the fake YouTube (the hand-written player response under a new id) serving <paramref name="media"/>.</summary>
    public string AddVideo(MuxPair media, string? title = null)
    {
        var videoId = $"Host{Interlocked.Increment(ref videoCounter):D7}";
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "normal.player.json")).Replace(FixtureVideoId, videoId, StringComparison.Ordinal);
        if (title is not null)
        {
            json = json.Replace("\"Normal video, adaptive and muxed\"", JsonSerializer.Serialize(title), StringComparison.Ordinal);
        }

        YouTube.SetPlayer("VISIONOS", videoId, PlayerAnswer.Json(json));
        YouTube.SetMedia(videoId, VideoItag, MediaContent.FromBytes(File.ReadAllBytes(media.Video)));
        YouTube.SetMedia(videoId, AudioItag, MediaContent.FromBytes(File.ReadAllBytes(media.Audio)));
        return videoId;
    }

    /// <summary>POST /api/download as the seed does; returns the task id.</summary>
    public async Task<string> StartDownloadAsync(string videoId, string quality = "720p")
    {
        using var response = await Http.PostAsJsonAsync("api/download", new { url = $"https://www.youtube.com/watch?v={videoId}", quality });
        response.StatusCode.Should().Be(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("download_id").GetString()!;
    }

    public async Task<JsonElement> GetTaskAsync(string id) => await Http.GetFromJsonAsync<JsonElement>($"api/downloads/{id}");

    /// <summary>Polls until every task has ended (completed, error, cancelled); returns them by id.</summary>
    public async Task<IReadOnlyDictionary<string, JsonElement>> WaitForEndAsync(IEnumerable<string> ids, TimeSpan timeout)
    {
        var pending = ids.ToHashSet();
        var ended = new Dictionary<string, JsonElement>();
        var deadline = DateTime.UtcNow + timeout;
        while (pending.Count > 0)
        {
            foreach (var id in pending.ToList())
            {
                var task = await GetTaskAsync(id);
                if (task.GetProperty("status").GetString() is "completed" or "error" or "cancelled")
                {
                    ended[id] = task;
                    pending.Remove(id);
                }
            }

            if (pending.Count > 0)
            {
                DateTime.UtcNow.Should().BeBefore(deadline, $"{pending.Count} task(s) should have ended, e.g. {pending.First()}. {Host.Describe()}");
                await Task.Delay(500);
            }
        }

        return ended;
    }

    /// <summary>Waits until <paramref name="condition"/> holds, failing with <paramref name="what"/> after <paramref name="timeout"/>.</summary>
    public async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            DateTime.UtcNow.Should().BeBefore(deadline, $"{what}. {Host.Describe()}");
            await Task.Delay(100);
        }
    }

    /// <summary>Downloads the task's file through the file route into the testbed's folder.</summary>
    public async Task<string> DownloadFileAsync(string id)
    {
        var path = Path.Combine(directory, $"{id}.download");
        await using (var body = await Http.GetStreamAsync($"api/download/{id}/file"))
        await using (var file = File.Create(path))
        {
            await body.CopyToAsync(file);
        }

        return path;
    }

    /// <summary>Every blob name in the downloads container (empty when it does not exist yet).</summary>
    public async Task<IReadOnlyList<string>> BlobNamesAsync()
    {
        var names = new List<string>();
        if (!await Files.ExistsAsync())
        {
            return names;
        }

        await foreach (var blob in Files.GetBlobsAsync())
        {
            names.Add(blob.Name);
        }

        return names;
    }

    public async ValueTask DisposeAsync()
    {
        Http?.Dispose();
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }

        await YouTube.DisposeAsync();
        await Storage.DisposeAsync();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a dying process; the temp folder is cleaned by the system.
        }
    }
}
