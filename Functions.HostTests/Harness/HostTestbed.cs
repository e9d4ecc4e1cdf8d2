using Azure.Data.Tables;
using Azure.Storage.Blobs;
using YouTubeDownloader.Testing;
using YouTubeDownloader.Testing.FakeYouTube;
using YouTubeDownloader.Testing.Media;

namespace YouTubeDownloader.HostTests.Harness;

/// <summary>
/// One scenario's world: its own Azurite on disk, a fake YouTube serving real DASH streams, and the app on the real
/// Functions host pointed at both. Clients talk to it over HTTP only; storage is read directly to check what is left.
/// A testbed can run the app on several hosts at once (<see cref="AddInstancesAsync"/>): instances of one app on one
/// storage account and task hub, as a scaled-out plan runs them.
/// </summary>
public sealed class HostTestbed : IAsyncDisposable
{
    private readonly string directory;
    private readonly Dictionary<string, string> settings;
    private readonly List<FunctionsHostProcess> instances = [];

    private HostTestbed(string directory, AzuriteServer storage, FakeYouTubeServer youTube, Dictionary<string, string> settings)
    {
        this.directory = directory;
        Storage = storage;
        YouTube = youTube;
        this.settings = settings;
    }

    public AzuriteServer Storage { get; }

    public FakeYouTubeServer YouTube { get; }

    /// <summary>The first instance, the one <see cref="Api"/> talks to.</summary>
    public FunctionsHostProcess Host => instances[0];

    /// <summary>Every instance started, in order (a killed one stays in the list).</summary>
    public IReadOnlyList<FunctionsHostProcess> Instances => instances;

    public ApiClient Api { get; private set; } = null!;

    public HttpClient Http => Api.Http;

    public BlobContainerClient Files => new(Storage.ConnectionString, "downloads");

    public TableClient Tasks => new(Storage.ConnectionString, "downloads");

    /// <summary>
    /// Starts Azurite, the fake YouTube and the host. <paramref name="settings"/> are app settings on top of the
    /// testbed's own (storage, YouTube endpoints, task hub); a setting given as null is left out.
    /// <paramref name="storageDebugLog"/> names Azurite's debug log (every storage request), for counting requests.
    /// </summary>
    public static async Task<HostTestbed> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, string? storageDebugLog = null)
    {
        var directory = Directory.CreateTempSubdirectory("host-test-").FullName;
        var storage = await AzuriteServer.StartAsync(Path.Combine(directory, "azurite"), storageDebugLog);
        var youTube = await FakeYouTubeServer.StartAsync();
        var values = FakeVideos.Settings(youTube);
        values["AzureWebJobsStorage"] = storage.ConnectionString;
        values["DownloadsStorage"] = storage.ConnectionString;
        values["DURABLE_TASK_HUB"] = "hosttests";
        values["AzureFunctionsWebHost__hostid"] = "youtube-downloader-host-tests";
        values["Workflow__FirstRetryInterval"] = "00:00:01";

        // The heap ceiling the app's 20 % (HeapHardLimitPercent) gives on a 2048 MB Flex instance; this machine has more.
        values["DOTNET_GCHeapHardLimit"] = $"0x{2048L * 1024 * 1024 / 5:X}";
        foreach (var (name, value) in settings ?? new Dictionary<string, string?>())
        {
            values[name] = value;
        }

        var testbed = new HostTestbed(directory, storage, youTube, values.Where(v => v.Value is not null).ToDictionary(v => v.Key, v => v.Value!));
        await testbed.AddInstancesAsync();
        testbed.Api = new ApiClient(testbed.Host.BaseAddress, directory, testbed.Host.Describe);
        return testbed;
    }

    /// <summary>
    /// Starts <paramref name="count"/> more instances of the app side by side, each its own host and worker on its own
    /// port, on the same storage and task hub. Each has a Durable worker id of its own (the extension takes
    /// <c>WEBSITE_CURRENT_STAMPNAME:RoleInstanceId</c> when both are set, else the machine name, which all instances here
    /// share), so they lease partitions from each other as separate machines do.
    /// </summary>
    public async Task<IReadOnlyList<FunctionsHostProcess>> AddInstancesAsync(int count = 1)
    {
        var starting = Enumerable.Range(instances.Count, count)
            .Select(n => FunctionsHostProcess.StartAsync(
                new Dictionary<string, string>(settings) { ["WEBSITE_CURRENT_STAMPNAME"] = "hosttests", ["RoleInstanceId"] = $"instance{n}" },
                directory))
            .ToList();
        try
        {
            await Task.WhenAll(starting);
        }
        finally
        {
            // Those that started are stopped with the testbed, also when another failed to.
            instances.AddRange(starting.Where(t => t.IsCompletedSuccessfully).Select(t => t.Result));
        }

        return starting.Select(t => t.Result).ToList();
    }

    /// <summary>A new video on the fake YouTube serving <paramref name="media"/>.</summary>
    public string AddVideo(MuxPair media, string? title = null) => FakeVideos.Add(YouTube, media, title);

    /// <summary>A new video only the TV client gets, with the player's challenges on every format.</summary>
    public string AddVideoThroughTv(MuxPair media, string? title = null) => FakeVideos.AddThroughTv(YouTube, media, title);

    /// <summary>Segment size for the throttled scenarios: a small video then spans 15 segments, 2 s each.</summary>
    public const int ThrottledSegmentBytes = 512 * 1024;

    /// <summary>
    /// Work items and orchestration messages a killed host had dequeued come back this soon (work items 15 s,
    /// orchestrations 60 s, its minimum) instead of after 5 minutes, for the scenarios that kill hosts.
    /// </summary>
    public static readonly (string Name, string Value)[] ShortVisibilityTimeouts =
    [
        ("AzureFunctionsJobHost__extensions__durableTask__storageProvider__workItemQueueVisibilityTimeout", "00:00:15"),
        ("AzureFunctionsJobHost__extensions__durableTask__storageProvider__controlQueueVisibilityTimeout", "00:01:00"),
    ];

    /// <summary>The download's activities, whose executions host.json keeps out of the log.</summary>
    public static readonly string[] DownloadActivities = ["ResolveMedia", "PlanOnePass", "TransferStream", "FinishDownload"];

    /// <summary>Settings that have the host log each execution of <see cref="DownloadActivities"/>: the work each instance did.</summary>
    public static IEnumerable<(string Name, string Value)> ActivityExecutionLogging =>
        DownloadActivities.Select(a => ($"AzureFunctionsJobHost__logging__logLevel__Function.{a}", "Information"));

    /// <summary>The <see cref="DownloadActivities"/> an instance has finished, as its host logged them.</summary>
    public static int ActivitiesRun(FunctionsHostProcess instance) =>
        instance.FunctionExecutions().Where(f => DownloadActivities.Contains(f.Key)).Sum(f => f.Value.Ended);

    /// <summary>App settings of a testbed for <see cref="StartThrottledDownloadsAsync"/>, plus <paramref name="more"/>.</summary>
    public static Dictionary<string, string?> ThrottledSettings(params (string Name, string Value)[] more)
    {
        var settings = new Dictionary<string, string?> { ["Transfer__SegmentSizeBytes"] = ThrottledSegmentBytes.ToString() };
        foreach (var (name, value) in more)
        {
            settings[name] = value;
        }

        return settings;
    }

    /// <summary>
    /// Starts <paramref name="count"/> 720p downloads of the small media at 256 KiB/s per connection and returns once
    /// at least <paramref name="fetching"/> of them have whole segments in: mid-transfer, for the scenarios that interrupt.
    /// </summary>
    public async Task<(MuxPair Media, List<string> Ids)> StartThrottledDownloadsAsync(int count, int fetching)
    {
        var media = await HostMedia.Small;
        YouTube.RangeBytesPerSecond = 256 * 1024;
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            ids.Add(await Api.StartDownloadAsync(AddVideo(media)));
        }

        await WaitUntilAsync(() => FetchingVideos() >= fetching, TimeSpan.FromMinutes(2), $"{fetching} downloads should be fetching");
        return (media, ids);
    }

    /// <summary>
    /// Media ranges served whole: ranges of the video stream past its head (the head, <c>ftyp</c> + <c>moov</c> + <c>sidx</c>,
    /// is read from byte 0 to plan the transfer, and read again by a retried attempt).
    /// </summary>
    public IEnumerable<ServedMediaRange> ServedMediaRanges() => YouTube.ServedRanges.Where(r => r.Itag == FakeVideos.VideoItag && r.Start > 0);

    private int FetchingVideos() => ServedMediaRanges().GroupBy(r => r.VideoId).Count(g => g.Count() >= 2);

    /// <summary>Waits until <paramref name="condition"/> holds, failing with <paramref name="what"/> after <paramref name="timeout"/>.</summary>
    public Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout, string what) =>
        WaitUntilAsync(() => Task.FromResult(condition()), timeout, () => what);

    /// <summary>As above, for a condition that reads storage; <paramref name="what"/> is built when it fails, from what was last seen.</summary>
    public Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, Func<string> what) =>
        Eventually.UntilAsync(condition, timeout, () => $"{what()}. {string.Join("\n", instances.Select(i => i.Describe()))}");

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
        Api?.Dispose();
        foreach (var instance in instances)
        {
            await instance.DisposeAsync();
        }

        await YouTube.DisposeAsync();
        await Storage.DisposeAsync();
        try
        {
            // HOST_TESTS_KEEP=1 keeps the host's log and Azurite's data for a look after the run.
            if (Environment.GetEnvironmentVariable("HOST_TESTS_KEEP") == "1")
            {
                return;
            }

            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a dying process; the temp folder is cleaned by the system.
        }
    }
}
