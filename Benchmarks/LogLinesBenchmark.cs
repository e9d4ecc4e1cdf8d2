using System.Text.Json;
using System.Text.RegularExpressions;
using YouTubeDownloader.HostTests.Harness;
using YouTubeDownloader.Testing;

namespace YouTubeDownloader.Benchmarks;

/// <summary>
/// How much the app logs, through the real Functions host (the host tests' harness): the lines the host writes (its
/// own and the worker's, which it relays) for one successful download, one video YouTube refuses, and one download
/// while YouTube cannot be reached (its address refuses connections, so every attempt fails until the retries run out).
/// In Azure each line goes to Application Insights and is billed.
/// </summary>
public sealed partial class LogLinesBenchmark : IBenchmark
{
    public string Name => "logs";

    public string Description => "through the real host: log lines written for a successful, a refused and an unreachable-YouTube download [--show]";

    public async Task RunAsync(string[] args)
    {
        if (FunctionsHostProcess.Launcher is null)
        {
            throw new InvalidOperationException("Set FUNCTIONS_HOST_LAUNCHER to the Functions host launcher (see docs/local.md).");
        }

        var show = args.Contains("--show");
        var media = await HostMedia.Small;
        Console.WriteLine("log lines benchmark: real Functions host, host + worker output, from POST until the task ended and the log went quiet");
        await using (var testbed = await HostTestbed.StartAsync())
        {
            await MeasureAsync(testbed, "success", testbed.AddVideo(media), "completed", show);
            await MeasureAsync(testbed, "refused (video unavailable)", "NoSuchVideo", "error", show);
        }

        // YouTube unreachable: its address is a loopback port nothing listens on.
        var unreachable = new Dictionary<string, string?> { ["YouTube__ApiBaseAddress"] = $"http://127.0.0.1:{LoopbackPort.Free()}/" };
        await using (var testbed = await HostTestbed.StartAsync(unreachable))
        {
            await MeasureAsync(testbed, "YouTube unreachable", "dQw4w9WgXcQ", "error", show);
        }
    }

    private static async Task MeasureAsync(HostTestbed testbed, string what, string video, string expected, bool show)
    {
        await WaitQuietAsync(testbed.Host.LogPath);
        var before = File.ReadLines(testbed.Host.LogPath).Count();
        var id = await testbed.Api.StartDownloadAsync(video);
        JsonElement task;
        while (true)
        {
            task = await testbed.Api.GetTaskAsync(id);
            if (task.GetProperty("status").GetString() is "completed" or "error" or "cancelled")
            {
                break;
            }

            // About as often as the original API's documented client (every 2 s); each poll is a request the host logs.
            await Task.Delay(2000);
        }

        await WaitQuietAsync(testbed.Host.LogPath);
        var lines = File.ReadLines(testbed.Host.LogPath).Skip(before).ToList();
        var status = task.GetProperty("status").GetString();
        var frames = lines.Count(l => StackFrame().IsMatch(l));
        var warnings = lines.Count(l => l.StartsWith("warn:", StringComparison.Ordinal));
        Console.WriteLine($"  {what,-28} {lines.Count,6} lines   {frames,5} stack frames   {warnings,4} warnings   task {status}" +
                          (status == expected ? "" : $" (expected {expected})") +
                          (status == "error" ? $" {task.GetProperty("error_code")}" : ""));
        foreach (var (category, count) in Categories(lines).GroupBy(c => c).Select(g => (g.Key, g.Count())).OrderByDescending(g => g.Item2).Take(6))
        {
            Console.WriteLine($"      {count,6}  {category}");
        }

        if (show)
        {
            lines.ForEach(l => Console.WriteLine("      | " + l));
        }
    }

    /// <summary>
    /// The logger category of each line: the console writes "info: Category[id]" and the message indented below it, so
    /// a line belongs to the category above it; stack frames are counted apart.
    /// </summary>
    private static IEnumerable<string> Categories(IEnumerable<string> lines)
    {
        var current = "(no category)";
        foreach (var line in lines)
        {
            if (CategoryPattern().Match(line) is { Success: true } match)
            {
                current = match.Groups[1].Value;
            }

            yield return StackFrame().IsMatch(line) ? "(stack frame)" : current;
        }
    }

    /// <summary>Waits until the log has not grown for three seconds: what a finished task still writes is counted.</summary>
    private static async Task WaitQuietAsync(string path)
    {
        var length = -1L;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            var now = new FileInfo(path).Length;
            if (now == length)
            {
                return;
            }

            length = now;
            await Task.Delay(3000);
        }
    }

    [GeneratedRegex(@"^\s+at \S")]
    private static partial Regex StackFrame();

    [GeneratedRegex(@"^(?:info|warn|fail|dbug|trce|crit): ([\w.]+)\[")]
    private static partial Regex CategoryPattern();
}
