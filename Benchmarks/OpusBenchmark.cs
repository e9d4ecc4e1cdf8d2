using System.Diagnostics;
using System.Globalization;
using YouTubeDownloader.Media;
using YouTubeDownloader.Testing.Media;

namespace YouTubeDownloader.Benchmarks;

/// <summary>
/// The WebM to Ogg Opus rewrap alone, file to file: an ffmpeg-made stereo WebM Opus at 160 kbps (as itag 251 is) of
/// <c>--minutes</c> (default 20), rewrapped three times; time, throughput, the bytes the rewrap allocated, the peak resident set.
/// </summary>
public sealed class OpusBenchmark : IBenchmark
{
    public string Name => "opus";

    public string Description => "the WebM Opus to Ogg Opus rewrap, file to file: time, MB/s, allocations [--minutes N]";

    public async Task RunAsync(string[] args)
    {
        var minutes = BenchmarkArgs.Int(args, "--minutes", 20);
        var directory = Directory.CreateTempSubdirectory("opus-bench-").FullName;
        try
        {
            var source = Path.Combine(directory, "source.webm");
            var seconds = (minutes * 60).ToString(CultureInfo.InvariantCulture);
            await ExternalTool.FfmpegAsync(
                $"-f lavfi -i anoisesrc=d={seconds}:c=pink:r=48000:a=0.3 -ac 2 -c:a libopus -b:a 160k -f webm {source}");
            var output = Path.Combine(directory, "out.opus");
            var length = new FileInfo(source).Length;
            Console.WriteLine($"opus benchmark: {minutes} min stereo WebM Opus at 160 kbps, {length / 1e6:F1} MB");
            for (var run = 1; run <= 3; run++)
            {
                var allocated = GC.GetTotalAllocatedBytes(precise: true);
                var clock = Stopwatch.StartNew();
                long written;
                await using (var input = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.Read, 256 * 1024, useAsync: true))
                await using (var file = new FileStream(output, FileMode.Create, FileAccess.Write, FileShare.None, 256 * 1024, useAsync: true))
                {
                    written = await OggOpusRemuxer.RunAsync(input, file, FileTags.None, CancellationToken.None);
                }

                clock.Stop();
                allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
                Console.WriteLine(
                    $"  run {run}: {clock.Elapsed.TotalMilliseconds,7:F0} ms   {length / 1e6 / clock.Elapsed.TotalSeconds,7:F0} MB/s   " +
                    $"out {written / 1e6:F2} MB ({100.0 * (written - length) / length:+0.00;-0.00}% vs the WebM)   allocated {allocated / 1e6:F1} MB   " +
                    $"peak RSS {PeakMemory.Bytes() / 1e6:F0} MB");
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
