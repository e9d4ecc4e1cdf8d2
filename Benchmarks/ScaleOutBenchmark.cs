using System.Diagnostics;
using Azure.Data.Tables;
using YouTubeDownloader.HostTests.Harness;
using YouTubeDownloader.Testing.Media;

namespace YouTubeDownloader.Benchmarks;

/// <summary>
/// Scale-out through the real host (the host tests' harness: one Azurite on disk, one task hub, the fake YouTube
/// throttled per connection): the same downloads of the small pair, posted at once, on one instance and then on three
/// (each a host and its worker); the wall time from the first POST until the list shows every task ended, and the
/// activities each instance ran. Then the same on three with the third killed (host and worker) while it runs
/// transfers: the time from the kill until all have ended, and whether a staged range was fetched again.
/// </summary>
public sealed class ScaleOutBenchmark : IBenchmark
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(20);
    private static readonly TimeSpan ListPause = TimeSpan.FromMilliseconds(250);

    public string Name => "scale-out";

    public string Description =>
        "through the real host: the same downloads on 1 instance, then on 3; then on 3 with one killed mid-way [--downloads 36] [--kib-per-second 256] [--kill 1]";

    public async Task RunAsync(string[] args)
    {
        if (FunctionsHostProcess.Launcher is null)
        {
            throw new InvalidOperationException("Set FUNCTIONS_HOST_LAUNCHER to the Functions host launcher (see docs/local.md).");
        }

        var downloads = BenchmarkArgs.Int(args, "--downloads", 36);
        var rate = BenchmarkArgs.Int(args, "--kib-per-second", 256);
        var media = await HostMedia.Small;
        Console.WriteLine(
            $"scale-out benchmark: real Functions host, Azurite on disk, {MachineLoad.Describe()}; {downloads} downloads of the " +
            $"{(new FileInfo(media.Video).Length + new FileInfo(media.Audio).Length) / 1e6:F1} MB pair at {rate} KiB/s per connection, " +
            $"{HostTestbed.ThrottledSegmentBytes / 1024} KiB segments; work-item visibility 15 s, control-queue 60 s");
        await using var testbed = await HostTestbed.StartAsync(
            HostTestbed.ThrottledSettings([.. HostTestbed.ShortVisibilityTimeouts, .. HostTestbed.ActivityExecutionLogging]));
        testbed.YouTube.RangeBytesPerSecond = rate * 1024L;

        // Untimed: the first run of every code path (JIT, connections) is not what an instance costs later.
        await TimeAsync(testbed, media, 10, "warm-up    ");
        var one = await TimeAsync(testbed, media, downloads, "1 instance ");
        await testbed.AddInstancesAsync(2);
        var three = await TimeAsync(testbed, media, downloads, "3 instances, just started");
        var balanced = Stopwatch.StartNew();
        while (await PartitionOwnersAsync(testbed) is var owners && owners.Split(", ").Length < 3 && balanced.Elapsed < TimeSpan.FromMinutes(3))
        {
            await Task.Delay(1000);
        }

        Console.WriteLine($"  partitions spread over the three {balanced.Elapsed.TotalSeconds:F0} s after that run ({await PartitionOwnersAsync(testbed)})");
        var threeBalanced = await TimeAsync(testbed, media, downloads, "3 instances, partitions spread");
        Console.WriteLine($"  speed-up 3 instances / 1: {one / three:F2}x just started, {one / threeBalanced:F2}x with the partitions spread");

        if (BenchmarkArgs.Int(args, "--kill", 1) > 0)
        {
            await KillOneAsync(testbed, media, downloads);
        }
    }

    private static async Task<double> TimeAsync(HostTestbed testbed, MuxPair media, int downloads, string label)
    {
        var before = testbed.Instances.Select(HostTestbed.ActivitiesRun).ToList();
        var cpuBefore = CpuTime(testbed);
        var partitions = await PartitionOwnersAsync(testbed);
        var (ids, clock, posted) = await PostAsync(testbed, media, downloads);
        var watch = new DownloadListWatch(testbed.Api);
        var elapsed = await watch.UntilEndedAsync(ids, clock, Timeout, ListPause);
        var work = testbed.Instances.Select((instance, n) => HostTestbed.ActivitiesRun(instance) - before.ElementAtOrDefault(n));
        var cpu = CpuTime(testbed) - cpuBefore;
        Console.WriteLine(
            $"  {label,-31} all ended in {elapsed.TotalSeconds,6:F1} s (posted in {posted.TotalSeconds:F1} s)   {watch.Outcome()}   " +
            $"activities per instance {string.Join(" / ", work)}   partitions per owner at the start {partitions}   " +
            $"hosts and workers used {cpu.TotalSeconds:F0} CPU s ({cpu / elapsed:F2} cores)   load {MachineLoad.Averages()}");
        return elapsed.TotalSeconds;
    }

    private static async Task KillOneAsync(HostTestbed testbed, MuxPair media, int downloads)
    {
        var victim = testbed.Instances[2];
        var (ids, clock, _) = await PostAsync(testbed, media, downloads);
        while (victim.Running("FinishDownload") < 2)
        {
            if (clock.Elapsed > TimeSpan.FromMinutes(2))
            {
                throw new TimeoutException("The third instance ran no transfers. " + victim.Describe());
            }

            await Task.Delay(100);
        }

        var running = victim.Running("FinishDownload");
        var staged = new StagedRanges(testbed);
        var killedAfter = clock.Elapsed;
        var sinceKill = Stopwatch.StartNew();
        await victim.KillAsync();
        var watch = new DownloadListWatch(testbed.Api);
        var recovered = await watch.UntilEndedAsync(ids, sinceKill, Timeout, ListPause);
        Console.WriteLine(
            $"  3 instances, the third killed {killedAfter.TotalSeconds:F1} s in, running {running} transfers ({staged.Count} ranges staged in all): " +
            $"all ended {recovered.TotalSeconds:F1} s after the kill, {(killedAfter + recovered).TotalSeconds:F1} s in all   {watch.Outcome()}   " +
            $"staged ranges fetched again: {staged.FetchedAgain().Count}   load {MachineLoad.Averages()}");
    }

    /// <summary>Posts the downloads all at once through the first instance (new videos of the same media).</summary>
    private static async Task<(List<string> Ids, Stopwatch Clock, TimeSpan Posted)> PostAsync(HostTestbed testbed, MuxPair media, int downloads)
    {
        var videos = Enumerable.Range(0, downloads).Select(_ => testbed.AddVideo(media)).ToList();
        var clock = Stopwatch.StartNew();
        var ids = await Task.WhenAll(videos.Select(v => testbed.Api.StartDownloadAsync(v)));
        return (ids.ToList(), clock, clock.Elapsed);
    }

    private static TimeSpan CpuTime(HostTestbed testbed) => testbed.Instances.Aggregate(TimeSpan.Zero, (sum, instance) => sum + instance.CpuTime);

    /// <summary>Control-queue partitions per lease owner (the Durable worker id), from the task hub's partition table.</summary>
    private static async Task<string> PartitionOwnersAsync(HostTestbed testbed)
    {
        var owners = new List<string>();
        await foreach (var partition in new TableClient(testbed.Storage.ConnectionString, "hosttestsPartitions").QueryAsync<TableEntity>())
        {
            owners.Add(partition.GetString("CurrentOwner") ?? "none");
        }

        return string.Join(", ", owners.GroupBy(o => o).OrderBy(g => g.Key).Select(g => $"{g.Key.Split(':')[^1]} {g.Count()}"));
    }
}
