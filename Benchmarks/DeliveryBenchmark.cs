using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using YouTubeDownloader.HostTests.Harness;

namespace YouTubeDownloader.Benchmarks;

/// <summary>
/// Delivery's figures, through the real Functions host (the host tests' harness: Azurite on disk, the fake YouTube
/// serving an ffmpeg-made 300 MB 720p pair): the finished file streamed through <c>GET /api/download/{id}/file</c> vs.
/// fetched straight from storage through the link of <c>GET /api/download/{id}/link</c>, each with the function's own
/// execution time from the host's log; then the time a new task for the same streams takes to complete by a copy.
/// </summary>
public sealed partial class DeliveryBenchmark : IBenchmark
{
    public string Name => "delivery";

    public string Description => "through the real host: a 300 MB file streamed by the function vs. its SAS link; a reused file's completion [--runs 3]";

    public async Task RunAsync(string[] args)
    {
        var runs = BenchmarkArgs.Int(args, "--runs", 3);
        if (FunctionsHostProcess.Launcher is null)
        {
            throw new InvalidOperationException("Set FUNCTIONS_HOST_LAUNCHER to the Functions host launcher (see docs/local.md).");
        }

        var media = await HostMedia.Big;
        await using var testbed = await HostTestbed.StartAsync();
        var clock = Stopwatch.StartNew();
        var id = await testbed.Api.StartDownloadAsync(testbed.AddVideo(media));
        var videoId = (await WaitCompletedAsync(testbed, id)).GetProperty("video_id").GetString()!;
        var downloaded = clock.Elapsed;
        var size = (await testbed.Api.GetTaskAsync(id)).GetProperty("filesize").GetInt64();
        Console.WriteLine(
            $"delivery benchmark: real Functions host, Azurite on disk, {Environment.ProcessorCount} cores; " +
            $"file {size / 1e6:F1} MB (720p pair), downloaded in {downloaded.TotalSeconds:F1} s from POST to completed");

        using var direct = new HttpClient { Timeout = TimeSpan.FromMinutes(10) };
        for (var run = 1; run <= runs; run++)
        {
            var (streamed, streamMs) = await TimeFunctionAsync(testbed, "GetFile", () => DrainAsync(testbed.Http, $"api/download/{id}/file", size));
            Report(run, "stream  GET /api/download/{id}/file", size, streamed, $"GetFile {streamMs} ms");

            var linkClock = Stopwatch.StartNew();
            string url = "";
            var (_, linkMs) = await TimeFunctionAsync(testbed, "GetLink", async () =>
                url = (await testbed.Http.GetFromJsonAsync<JsonElement>($"api/download/{id}/link")).GetProperty("url").GetString()!);
            await DrainAsync(direct, url, size);
            Report(run, "link    GET …/link, then the SAS URL", size, linkClock.Elapsed, $"GetLink {linkMs} ms");
        }

        for (var run = 1; run <= runs; run++)
        {
            var mediaRequests = testbed.YouTube.MediaRequests.Count;
            var reuseClock = Stopwatch.StartNew();
            var (_, copyMs) = await TimeFunctionAsync(testbed, "ReuseCompletedFile", async () =>
                await WaitCompletedAsync(testbed, await testbed.Api.StartDownloadAsync(videoId)));
            Console.WriteLine(
                $"  run {run}  reuse   POST → completed (same streams)  {reuseClock.Elapsed.TotalSeconds,6:F2} s" +
                $"   copy activity ReuseCompletedFile {copyMs} ms   media requests to YouTube: {testbed.YouTube.MediaRequests.Count - mediaRequests}");
        }
    }

    private static async Task<JsonElement> WaitCompletedAsync(HostTestbed testbed, string id)
    {
        while (true)
        {
            var task = await testbed.Api.GetTaskAsync(id);
            switch (task.GetProperty("status").GetString())
            {
                case "completed":
                    return task;
                case "error" or "cancelled":
                    throw new InvalidOperationException($"Task {id} ended: {task}");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Reads a whole response into nothing; fails unless it is <paramref name="length"/> bytes.</summary>
    private static async Task DrainAsync(HttpClient http, string url, long length)
    {
        using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[1 << 20];
        long total = 0;
        int read;
        while ((read = await body.ReadAsync(buffer)) > 0)
        {
            total += read;
        }

        if (total != length)
        {
            throw new InvalidOperationException($"{url} gave {total} bytes, the file has {length}.");
        }
    }

    /// <summary>
    /// Runs <paramref name="call"/> and returns its wall time and the execution time the host logged for the function
    /// <paramref name="function"/> meanwhile (<c>Executed 'Functions.X' (Succeeded, Id=…, Duration=…ms)</c>).
    /// </summary>
    private static async Task<(TimeSpan Elapsed, long FunctionMs)> TimeFunctionAsync(HostTestbed testbed, string function, Func<Task> call)
    {
        var linesBefore = File.ReadLines(testbed.Host.LogPath).Count();
        var clock = Stopwatch.StartNew();
        await call();
        var elapsed = clock.Elapsed;
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var durations = File.ReadLines(testbed.Host.LogPath).Skip(linesBefore)
                .Select(line => ExecutedLine().Match(line))
                .Where(m => m.Success && m.Groups["function"].Value == function)
                .Select(m => long.Parse(m.Groups["ms"].Value, CultureInfo.InvariantCulture))
                .ToList();
            if (durations.Count > 0)
            {
                return (elapsed, durations[^1]);
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException($"The host logged no execution of {function}. {testbed.Host.Describe()}");
    }

    private static void Report(int run, string label, long size, TimeSpan elapsed, string function) =>
        Console.WriteLine($"  run {run}  {label,-38} {elapsed.TotalSeconds,6:F2} s  {size / elapsed.TotalSeconds / 1e6,6:F1} MB/s   function {function}");

    [GeneratedRegex(@"Executed 'Functions\.(?<function>\w+)' \(Succeeded, Id=[^,]+, Duration=(?<ms>\d+)ms\)")]
    private static partial Regex ExecutedLine();
}
