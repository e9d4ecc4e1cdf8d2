using System.Diagnostics;
using System.Text.RegularExpressions;
using Azure.Data.Tables;
using YouTubeDownloader.HostTests.Harness;
using YouTubeDownloader.Testing.Media;

namespace YouTubeDownloader.Benchmarks;

/// <summary>
/// How soon a download is <c>completed</c> after its last media byte, through the real Functions host (the host tests'
/// harness: Azurite on disk, the fake YouTube): the 300 MB 720p pair unthrottled, and a 10-minute pair throttled so that
/// its last stream (the audio) takes <c>--long-seconds</c> to fetch, where the task hub's queue polling has backed off. Then what the
/// app costs in storage requests, counted from Azurite's debug log (one line per request, with its operation): an
/// idle hour (extrapolated from <c>--idle-seconds</c>) and one download (the small pair, less the idle rate over its time).
/// </summary>
public sealed partial class FinishBenchmark : IBenchmark
{
    public string Name => "finish";

    public string Description =>
        "through the real host: after-last-byte for the 300 MB pair, a 2-hour pair and a long fetch; storage requests idle and per download [--runs 2] [--hours 2] [--long-seconds 60] [--idle-seconds 180] [--downloads 3]; 0 skips a part";

    public async Task RunAsync(string[] args)
    {
        if (FunctionsHostProcess.Launcher is null)
        {
            throw new InvalidOperationException("Set FUNCTIONS_HOST_LAUNCHER to the Functions host launcher (see docs/local.md).");
        }

        var runs = BenchmarkArgs.Int(args, "--runs", 2);
        var longSeconds = BenchmarkArgs.Int(args, "--long-seconds", 60);
        Console.WriteLine($"finish benchmark: real Functions host, Azurite on disk, {MachineLoad.Describe()}");
        await using (var testbed = await HostTestbed.StartAsync())
        {
            var big = await HostMedia.Big;
            for (var run = 1; run <= runs; run++)
            {
                await TimeOneAsync(testbed, big, $"run {run}  300 MB pair, unthrottled");
            }

            // The mux benchmark's 2-hour pair: 1080p at 500 kb/s (3,600 video fragments, 571 MB), so the machine copes.
            if (BenchmarkArgs.Int(args, "--hours", 2) is > 0 and var hours)
            {
                var pair = await MuxBenchmark.EnsureInputsAsync(Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "mux-bench")).FullName, hours);
                for (var run = 1; run <= runs; run++)
                {
                    await TimeOneAsync(testbed, pair, $"run {run}  {hours} h pair ({Bytes(pair) / 1e6:F0} MB), unthrottled");
                }
            }

            if (longSeconds > 0)
            {
                // The last stream's own transfer must be long for the pollers to back off while it runs: a 10-minute pair
                // whose audio is most of its bytes, throttled so that the audio takes about --long-seconds.
                var tenMinutes = await LongPair;
                testbed.YouTube.RangeBytesPerSecond = new FileInfo(tenMinutes.Audio).Length / longSeconds;
                await TimeOneAsync(
                    testbed, tenMinutes, $"long   {Bytes(tenMinutes) / 1e6:F1} MB 10 min pair at {testbed.YouTube.RangeBytesPerSecond / 1024} KiB/s");
            }
        }

        if (BenchmarkArgs.Int(args, "--idle-seconds", 180) is > 0 and var idleSeconds)
        {
            await CountRequestsAsync(idleSeconds, BenchmarkArgs.Int(args, "--downloads", 3));
        }
    }

    private static async Task TimeOneAsync(HostTestbed testbed, MuxPair media, string label)
    {
        var videoId = testbed.AddVideo(media);
        var clock = Stopwatch.StartNew();
        var id = await testbed.Api.StartDownloadAsync(videoId);
        var seen = new List<string>();
        string status;
        do
        {
            await Task.Delay(50);
            status = (await testbed.Api.GetTaskAsync(id)).GetProperty("status").GetString()!;
            if (seen.Count == 0 || seen[^1] != status)
            {
                seen.Add(status);
            }
        }
        while (status is not ("completed" or "error" or "cancelled"));
        var completedAt = DateTimeOffset.UtcNow;
        var served = testbed.YouTube.ServedRanges.Where(r => r.VideoId == videoId).ToList();
        var fetch = served.Max(r => r.At) - served.Min(r => r.At);
        var after = completedAt - served.Max(r => r.At);
        Console.WriteLine(
            $"  {label,-40} fetched in {fetch.TotalSeconds,6:F1} s   {status} {after.TotalSeconds,5:F2} s after the last byte " +
            $"({after / fetch:P0} of the fetch; polled every 50 ms)   POST to end {clock.Elapsed.TotalSeconds,6:F1} s   states: {string.Join(" → ", seen)}");
    }

    private static async Task CountRequestsAsync(int idleSeconds, int downloads)
    {
        var log = Path.Combine(Directory.CreateTempSubdirectory("finish-bench-").FullName, "azurite-debug.log");
        await using var testbed = await HostTestbed.StartAsync(storageDebugLog: log);
        Console.WriteLine($"storage requests (Azurite's debug log), settings of host.json; load average {MachineLoad.Averages()}");

        // Start-up (creating queues, tables, leases) is not the idle rate: let it pass first.
        await Task.Delay(TimeSpan.FromSeconds(30));
        var idleStart = Requests(log).Count;
        var idleClock = Stopwatch.StartNew();
        await Task.Delay(TimeSpan.FromSeconds(idleSeconds));
        var idle = Requests(log).Skip(idleStart).ToList();
        var perSecond = idle.Count / idleClock.Elapsed.TotalSeconds;
        Console.WriteLine($"  idle      {perSecond * 3600,8:F0} per hour   ({idle.Count} in {idleClock.Elapsed.TotalSeconds:F0} s)   {Breakdown(idle)}");

        var media = await HostMedia.Small;
        var instances = new TableClient(testbed.Storage.ConnectionString, "hosttestsInstances");
        var start = Requests(log).Count;
        var clock = Stopwatch.StartNew();
        var ownReads = 0;
        for (var i = 0; i < downloads; i++)
        {
            var id = await testbed.Api.StartDownloadAsync(testbed.AddVideo(media));

            // Waits on the host's log and the orchestration's row, not on the API, whose reads would count as the app's.
            await testbed.WaitUntilAsync(
                () => File.ReadLines(testbed.Host.LogPath).Any(l => l.Contains($"Task {id} completed", StringComparison.Ordinal)),
                TimeSpan.FromMinutes(3),
                $"download {id} should complete");
            await testbed.WaitUntilAsync(
                async () =>
                {
                    ownReads++;
                    await Task.Delay(900);
                    var row = await instances.GetEntityIfExistsAsync<TableEntity>(id, "");
                    return row.HasValue && row.Value!.GetString("RuntimeStatus") == "Completed";
                },
                TimeSpan.FromMinutes(3),
                () => $"orchestration {id} should complete");
        }

        if (downloads == 0)
        {
            return;
        }

        var elapsed = clock.Elapsed.TotalSeconds;
        var during = Requests(log).Skip(start).ToList();
        var perDownload = (during.Count - ownReads - (perSecond * elapsed)) / downloads;
        Console.WriteLine(
            $"  download  {perDownload,8:F0} each      ({downloads} of {Bytes(media) / 1e6:F1} MB one after the other in {elapsed:F0} s: {during.Count} requests, " +
            $"less {ownReads} of this benchmark's and {perSecond * elapsed:F0} at the idle rate)   {Breakdown(during)}");
    }

    /// <summary>10 minutes of tiny video (about 1 MB) and 64 kb/s audio (about 5 MB), DASH as YouTube serves it.</summary>
    private static Task<MuxPair> LongPair => MuxFixtures.GetAsync(new MuxShape(
        "finish_long",
        "testsrc2=size=160x90:rate=5:duration=600", "-c:v libx264 -preset ultrafast -g 10 -pix_fmt yuv420p -movflags +dash+global_sidx",
        "sine=frequency=440:sample_rate=48000:duration=600", "-c:a aac -b:a 64k -movflags +dash+global_sidx -frag_duration 500000"));

    private static long Bytes(MuxPair media) => new FileInfo(media.Video).Length + new FileInfo(media.Audio).Length;

    /// <summary>The operation of every request Azurite logged so far, e.g. <c>Queue_GetMessages</c>.</summary>
    private static List<string> Requests(string log)
    {
        using var stream = new FileStream(log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        var operations = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (Operation().Match(line) is { Success: true } match)
            {
                operations.Add(match.Groups[1].Value);
            }
        }

        return operations;
    }

    private static string Breakdown(List<string> operations) => string.Join(", ", operations
        .GroupBy(o => o)
        .OrderByDescending(g => g.Count())
        .Take(6)
        .Select(g => $"{g.Key} {g.Count()}"));

    internal static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ')[0];

    [GeneratedRegex(@"DispatchMiddleware: Operation=(\S+)")]
    private static partial Regex Operation();
}
