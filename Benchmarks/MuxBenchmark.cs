using System.Diagnostics;
using System.Globalization;
using YouTubeDownloader.Media;
using YouTubeDownloader.Testing.Media;

namespace YouTubeDownloader.Benchmarks;

/// <summary>
/// Joins a long DASH pair (default 2 hours of 1080p at low bitrate, 2 s video and 5 s audio fragments) with
/// <see cref="Mp4Remuxer"/> and with `ffmpeg -c copy -movflags +faststart`, alternately, twice each. The remuxer runs
/// in a child process of this benchmark so its peak RSS (VmHWM from /proc) is its own; ffmpeg's comes from
/// /usr/bin/time when present.
/// </summary>
public sealed partial class MuxBenchmark : IBenchmark
{
    private const string ChildFlag = "--remux-child";

    public string Name => "mux";

    public string Description => "MP4 remux of a long DASH pair vs ffmpeg -c copy +faststart [--hours 2] [--dir /tmp/mux-bench]";

    public async Task RunAsync(string[] args)
    {
        if (args.Length == 4 && args[0] == ChildFlag)
        {
            await RemuxInThisProcessAsync(args[1], args[2], args[3]);
            return;
        }

        var hours = double.Parse(Option(args, "--hours") ?? "2", CultureInfo.InvariantCulture);
        var directory = Directory.CreateDirectory(Option(args, "--dir") ?? Path.Combine(Path.GetTempPath(), "mux-bench")).FullName;
        var pair = await EnsureInputsAsync(directory, hours);
        var ours = Path.Combine(directory, "remuxer.mp4");
        var theirs = Path.Combine(directory, "ffmpeg.mp4");
        Console.WriteLine($"inputs: {Describe(pair.Video)}, {Describe(pair.Audio)}");
        WarmPageCache(pair.Video, pair.Audio);

        var results = new List<(string Who, double Seconds, long PeakKb, string Note)>();
        for (var round = 0; round < 2; round++)
        {
            var (ffmpegSeconds, ffmpegPeak) = await RunFfmpegAsync(pair, theirs);
            results.Add(("ffmpeg", ffmpegSeconds, ffmpegPeak, ""));
            var (ourSeconds, ourPeak, inProcess, allocated) = await RunChildAsync(pair, ours);
            results.Add(("remuxer", ourSeconds, ourPeak, FormattableString.Invariant($"   ({inProcess:F2} s inside the process after runtime start; {allocated / 1e6:F0} MB allocated in all)")));
        }

        Console.WriteLine("wall time of each process, alternating runs:");
        foreach (var (who, seconds, peak, note) in results)
        {
            Console.WriteLine($"{who,-8} {seconds,8:F2} s   peak RSS {(peak < 0 ? "n/a" : $"{peak / 1024.0:F1} MB")}{note}");
        }

        var bestOurs = results.Where(r => r.Who == "remuxer").Min(r => r.Seconds);
        var bestFfmpeg = results.Where(r => r.Who == "ffmpeg").Min(r => r.Seconds);
        Console.WriteLine($"best: remuxer {bestOurs:F2} s, ffmpeg {bestFfmpeg:F2} s, ratio remuxer/ffmpeg = {bestOurs / bestFfmpeg:F2}");
        Console.WriteLine($"remuxer peak RSS (max of runs): {results.Where(r => r.Who == "remuxer").Max(r => r.PeakKb) / 1024.0:F1} MB");
        Console.WriteLine($"outputs: remuxer {Describe(ours)}; ffmpeg {Describe(theirs)}");
        await PrintStreamsAsync(ours);
        await PrintStreamsAsync(theirs);
        File.Delete(ours);
        File.Delete(theirs);
    }

    private static async Task RemuxInThisProcessAsync(string video, string audio, string output)
    {
        var watch = Stopwatch.StartNew();
        await using (var v = OpenInput(video))
        await using (var a = OpenInput(audio))
        await using (var o = new FileStream(output, FileMode.Create, FileAccess.Write, FileShare.None, 0))
        {
            await Mp4Remuxer.RemuxAsync([v, a], o, CancellationToken.None);
        }

        // One line for the parent: seconds, peak RSS (kB), bytes allocated by the whole run.
        Console.WriteLine(FormattableString.Invariant($"{watch.Elapsed.TotalSeconds} {PeakResidentKb()} {GC.GetTotalAllocatedBytes()}"));
    }

    private static FileStream OpenInput(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, Mp4Remuxer.RecommendedReadBufferSize);

    /// <summary>VmHWM: the peak resident set of this process, in kB.</summary>
    private static long PeakResidentKb()
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static string Describe(string path) => $"{Path.GetFileName(path)} {new FileInfo(path).Length / 1e6:F1} MB";

    private static void WarmPageCache(params string[] files)
    {
        var buffer = new byte[1 << 20];
        foreach (var file in files)
        {
            using var stream = File.OpenRead(file);
            while (stream.Read(buffer) > 0)
            {
            }
        }
    }
}
