using System.Globalization;
using Azure.Storage.Blobs;
using YouTubeDownloader.Media;
using YouTubeDownloader.Testing;
using YouTubeDownloader.Testing.Media;
using YouTubeDownloader.Transfer;

namespace YouTubeDownloader.Benchmarks;

/// <summary>
/// A clip against the whole: a long DASH pair (the mux benchmark's generator) served by the local media server into one
/// Azurite on disk, each run in a fresh child process (<see cref="OnePassBenchmark"/>'s one-pass path, the activities'
/// own classes): the whole download, then the clip's. The media server's log gives the bytes each fetched; the goal is at
/// most 1.1 x the span's share of the pair's bytes.
/// </summary>
public sealed class ClipBenchmark : IBenchmark
{
    public string Name => "clip";

    public string Description => "a clip's fetched bytes and time against the whole download [--hours 3] [--start 3600] [--minutes 10] [--dir /tmp/clip-bench] [--runs 2]";

    public async Task RunAsync(string[] args)
    {
        var hours = double.Parse(Option(args, "--hours") ?? "3", CultureInfo.InvariantCulture);
        var startSeconds = double.Parse(Option(args, "--start") ?? "3600", CultureInfo.InvariantCulture);
        var minutes = double.Parse(Option(args, "--minutes") ?? "10", CultureInfo.InvariantCulture);
        var runs = int.Parse(Option(args, "--runs") ?? "2", CultureInfo.InvariantCulture);
        var directory = Directory.CreateDirectory(Option(args, "--dir") ?? Path.Combine(Path.GetTempPath(), "clip-bench")).FullName;
        var clip = new MediaClip((long)(startSeconds * 1000), (long)((startSeconds + (minutes * 60)) * 1000));
        var dataDir = Path.Combine(Path.GetTempPath(), "ytd-clip-azurite-" + Environment.ProcessId);
        var block = new TransferOptions().OnePassBlockBytes;
        await using (var azurite = await AzuriteServer.StartAsync(dataDir))
        await using (var media = await LocalMediaServer.StartAsync())
        {
            await new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient("onepass").CreateIfNotExistsAsync();
            var pair = await MuxBenchmark.EnsureInputsAsync(directory, hours);
            var sizes = (Video: new FileInfo(pair.Video).Length, Audio: new FileInfo(pair.Audio).Length);
            var video = media.Add("video", MediaContent.FromBytes(await File.ReadAllBytesAsync(pair.Video)));
            var audio = media.Add("audio", MediaContent.FromBytes(await File.ReadAllBytesAsync(pair.Audio)));
            var total = sizes.Video + sizes.Audio;
            var share = (clip.EndMs - clip.StartMs) / (hours * 3_600_000);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"clip benchmark: {Environment.ProcessorCount} cores, Azurite on disk, one-pass path, best of {runs} runs"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"pair {hours} h: video {sizes.Video / 1e6:F1} MB + audio {sizes.Audio / 1e6:F1} MB; clip {clip.StartMs / 1000.0:F0}-{clip.EndMs / 1000.0:F0} s ({minutes} min, {share:P2} of the duration)"));
            var figures = new List<(string Name, double Seconds, long Bytes)>();
            foreach (var (name, span) in new[] { ("whole", (MediaClip?)null), ("clip", clip) })
            {
                var best = (Seconds: double.MaxValue, Bytes: 0L);
                for (var i = 0; i < runs; i++)
                {
                    media.ClearLog();
                    var run = await OnePassBenchmark.ChildAsync("onepass", azurite, video, sizes.Video, audio, sizes.Audio, block, span);
                    var fetched = media.Requests.Sum(r => r.End - r.Start + 1);
                    best = (Math.Min(best.Seconds, run.Total), fetched);
                }

                figures.Add((name, best.Seconds, best.Bytes));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {name,-6} fetched {best.Bytes / 1e6,8:F1} MB ({(double)best.Bytes / total,7:P2} of the pair) in {best.Seconds,6:F2} s end to end"));
            }

            var ratio = figures[1].Bytes / (share * total);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"clip/whole: bytes {(double)figures[1].Bytes / figures[0].Bytes:F4}, time {figures[1].Seconds / figures[0].Seconds:F3}; clip bytes / span's share of the bytes = {ratio:F3} (goal <= 1.1)"));
        }

        Directory.Delete(dataDir, recursive: true);
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
