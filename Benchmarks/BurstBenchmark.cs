using System.Diagnostics;
using YouTubeDownloader.HostTests.Harness;

namespace YouTubeDownloader.Benchmarks;

/// <summary>
/// A playlist-sized burst on one instance through the real host, at the settings a 2048 MB Flex instance gets (10
/// activities at once, 256 MiB of segment buffers, the heap ceiling): <c>--downloads</c> of the small pair posted at
/// once, the source throttled per connection; meanwhile a client reads <c>GET /api/downloads</c> one request after the
/// other. Reports how long the POSTs and the list took to answer (p50, p95, max), whether every task completed, and the
/// peak resident memory of the worker and of the host against the instance's 2048 MB.
/// </summary>
public sealed class BurstBenchmark : IBenchmark
{
    private const long InstanceBytes = 2048L * 1024 * 1024;
    private static readonly TimeSpan ListPause = TimeSpan.FromMilliseconds(100);

    public string Name => "burst";

    public string Description =>
        "through the real host: N downloads posted at once on one instance; list latency p50/p95, peak memory [--downloads 100] [--kib-per-second 1024]";

    public async Task RunAsync(string[] args)
    {
        if (FunctionsHostProcess.Launcher is null)
        {
            throw new InvalidOperationException("Set FUNCTIONS_HOST_LAUNCHER to the Functions host launcher (see docs/local.md).");
        }

        var downloads = BenchmarkArgs.Int(args, "--downloads", 100);
        var rate = BenchmarkArgs.Int(args, "--kib-per-second", 1024);
        var media = await HostMedia.Small;
        await using var testbed = await HostTestbed.StartAsync();
        testbed.YouTube.RangeBytesPerSecond = rate * 1024L;
        Console.WriteLine(
            $"burst benchmark: real Functions host, one instance, Azurite on disk, {MachineLoad.Describe()}; {downloads} downloads of the " +
            $"{(new FileInfo(media.Video).Length + new FileInfo(media.Audio).Length) / 1e6:F1} MB pair posted at once, {rate} KiB/s per connection");

        var videos = Enumerable.Range(0, downloads).Select(_ => testbed.AddVideo(media)).ToList();
        var posts = new List<TimeSpan>();
        var watch = new DownloadListWatch(testbed.Api);
        var clock = Stopwatch.StartNew();
        var posting = Task.WhenAll(videos.Select(async video =>
        {
            var post = Stopwatch.StartNew();
            var id = await testbed.Api.StartDownloadAsync(video);
            lock (posts)
            {
                posts.Add(post.Elapsed);
            }

            return id;
        }));
        await watch.WhileAsync(posting, ListPause);
        var ids = await posting;
        var posted = clock.Elapsed;
        var duringPosts = watch.Latencies.ToList();
        var elapsed = await watch.UntilEndedAsync(ids, clock, TimeSpan.FromMinutes(20), ListPause);
        var worker = testbed.Host.WorkerPeakResidentBytes ?? 0;
        var host = testbed.Host.HostPeakResidentBytes ?? 0;
        var seen = watch.Statuses.Count;
        Console.WriteLine($"  {downloads} POSTs answered in {posted.TotalSeconds:F1} s: each p50 {Ms(Percentiles.Of(posts, 50))}, p95 {Ms(Percentiles.Of(posts, 95))}, max {Ms(posts.Max())}");
        Console.WriteLine(
            $"  all ended in {elapsed.TotalSeconds:F1} s: {watch.Outcome()}, {seen} of {downloads} in the list ({downloads - seen} lost)   load {MachineLoad.Averages()}");
        Console.WriteLine(
            $"  GET /api/downloads while they ran: {watch.Latencies.Count} answers, p50 {Ms(watch.Percentile(50))}, p95 {Ms(watch.Percentile(95))}, " +
            $"max {Ms(watch.Latencies.Max())}; while they were being posted: {duringPosts.Count} answers, p50 {Ms(Percentiles.Of(duringPosts, 50))}, " +
            $"p95 {Ms(Percentiles.Of(duringPosts, 95))}");
        Console.WriteLine(
            $"  peak RSS: worker {worker / (1024 * 1024)} MiB, host {host / (1024 * 1024)} MiB; together {(worker + host) * 100.0 / InstanceBytes:F0} % of the instance's 2048 MB");
        if (seen < downloads)
        {
            Environment.ExitCode = 1;
        }
    }

    private static string Ms(TimeSpan time) => $"{time.TotalMilliseconds:F0} ms";
}
