using System.Diagnostics;
using System.Globalization;
using YouTubeDownloader.Testing.Media;

namespace YouTubeDownloader.Benchmarks;

/// <summary>The timed runs: the remuxer in a child process, ffmpeg under /usr/bin/time.</summary>
public sealed partial class MuxBenchmark
{
    /// <summary>Wall time of the whole child process (runtime start included, like ffmpeg's), its peak RSS, and the in-process time.</summary>
    private static async Task<(double Seconds, long PeakKb, double InProcessSeconds, long Allocated)> RunChildAsync(MuxPair pair, string output)
    {
        var watch = Stopwatch.StartNew();
        // Re-run this benchmark executable in child mode; under `dotnet Benchmarks.dll` the host needs the dll path.
        var host = Environment.ProcessPath!;
        List<string> args = Path.GetFileNameWithoutExtension(host) == "dotnet" ? [typeof(MuxBenchmark).Assembly.Location] : [];
        args.AddRange(["mux", ChildFlag, pair.Video, pair.Audio, output]);
        var (stdout, _) = await ExternalTool.RunAsync(host, args);
        var seconds = watch.Elapsed.TotalSeconds;
        var fields = stdout.Trim().Split('\n')[^1].Split(' ');
        return (seconds, long.Parse(fields[1], CultureInfo.InvariantCulture), double.Parse(fields[0], CultureInfo.InvariantCulture), long.Parse(fields[2], CultureInfo.InvariantCulture));
    }

    private static async Task<(double Seconds, long PeakKb)> RunFfmpegAsync(MuxPair pair, string output)
    {
        const string timeTool = "/usr/bin/time";
        string[] ffmpeg = ["ffmpeg", "-hide_banner", "-nostdin", "-loglevel", "error", "-y", "-i", pair.Video, "-i", pair.Audio, "-map", "0", "-map", "1", "-c", "copy", "-movflags", "+faststart", output];
        var watch = Stopwatch.StartNew();
        if (!File.Exists(timeTool))
        {
            await ExternalTool.RunAsync(ffmpeg[0], ffmpeg[1..]);
            return (watch.Elapsed.TotalSeconds, -1);
        }

        var (_, stderr) = await ExternalTool.RunAsync(timeTool, ["-f", "peak-kb %M", .. ffmpeg]);
        var seconds = watch.Elapsed.TotalSeconds;
        var line = stderr.Split('\n').Last(l => l.StartsWith("peak-kb ", StringComparison.Ordinal));
        return (seconds, long.Parse(line["peak-kb ".Length..], CultureInfo.InvariantCulture));
    }

    private static async Task PrintStreamsAsync(string file)
    {
        var streams = await MediaProbe.StreamsAsync(file);
        var boxes = TopLevelBoxes.List(file).Select(b => b.Type);
        Console.WriteLine($"  {Path.GetFileName(file)}: {string.Join(", ", streams.Select(s => $"{s.Type}/{s.Codec} {s.Duration:F2} s"))}; boxes {string.Join(" ", boxes)}");
    }
}
