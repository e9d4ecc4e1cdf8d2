using System.Diagnostics;
using System.Globalization;
using Azure.Storage;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using YouTubeDownloader.HostTests.Harness;
using YouTubeDownloader.Testing.Media;

namespace YouTubeDownloader.Benchmarks;

/// <summary>
/// The app against what a yt-dlp user does, side by side in one run, on one fake YouTube and one Azurite on disk: the app
/// through the real Functions host (POST until the task reads <c>completed</c>, polled every 50 ms); the peer's way (both
/// streams fetched whole, <c>ffmpeg -c copy -movflags +faststart</c>, the result uploaded with the SDK: 10 MiB blocks, 4
/// in flight, MD5 per block); and a plain SDK upload of the two streams' bytes, what the app's fetch is held against.
/// </summary>
public sealed class PeerBenchmark : IBenchmark
{
    private const int MiB = 1024 * 1024;

    public string Name => "peer";

    public string Description =>
        "through the real host: the app's end to end vs fetch whole + ffmpeg -c copy +faststart + SDK upload, and its fetch vs a plain SDK upload [--runs 3] [--hours 0 (the 300 MB 720p pair) | 2 (the mux benchmark's 1080p pair at 500 kb/s)]";

    public async Task RunAsync(string[] args)
    {
        if (FunctionsHostProcess.Launcher is null)
        {
            throw new InvalidOperationException("Set FUNCTIONS_HOST_LAUNCHER to the Functions host launcher (see docs/local.md).");
        }

        var runs = BenchmarkArgs.Int(args, "--runs", 3);
        var hours = BenchmarkArgs.Int(args, "--hours", 0);
        var media = hours > 0
            ? await MuxBenchmark.EnsureInputsAsync(Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "mux-bench")).FullName, hours)
            : await HostMedia.Big;
        var bytes = new FileInfo(media.Video).Length + new FileInfo(media.Audio).Length;
        var work = Directory.CreateTempSubdirectory("peer-bench-").FullName;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"peer benchmark: real Functions host, Azurite on disk, {Environment.ProcessorCount} cores; pair {media.Name}: {bytes / 1e6:F1} MB; load average {FinishBenchmark.LoadAverage()}"));
        await using (var testbed = await HostTestbed.StartAsync())
        {
            var uploads = new BlobServiceClient(testbed.Storage.ConnectionString).GetBlobContainerClient("peer");
            await uploads.CreateIfNotExistsAsync();
            using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(10) };

            // A first download warms the host, the worker's JIT and the page cache; it is not counted.
            await AppAsync(testbed, media);
            for (var run = 1; run <= runs; run++)
            {
                var app = await AppAsync(testbed, media);
                var peer = await PeerAsync(testbed, http, uploads, media, work, run);
                var sdk = await SdkUploadAsync(uploads, media, run);
                var appFetchRate = bytes / app.Fetch.TotalSeconds;
                var sdkRate = bytes / sdk.TotalSeconds;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  run {run}  app  {app.Total.TotalSeconds,6:F2} s end to end (fetch {app.Fetch.TotalSeconds:F2} s, {appFetchRate / 1e6:F0} MB/s; {app.After.TotalSeconds:F2} s after the last byte; {app.Streams})   " +
                    $"peer {peer.Total.TotalSeconds,6:F2} s (fetch {peer.Fetch.TotalSeconds:F2} + ffmpeg {peer.Ffmpeg.TotalSeconds:F2} + upload {peer.Upload.TotalSeconds:F2})   " +
                    $"SDK upload {sdk.TotalSeconds:F2} s ({sdkRate / 1e6:F0} MB/s)   " +
                    $"app/peer {app.Total / peer.Total:F2}   app fetch/SDK upload {appFetchRate / sdkRate:F2}   load {FinishBenchmark.LoadAverage()}"));
            }
        }

        Directory.Delete(work, recursive: true);
    }

    /// <summary>From POST to <c>completed</c>; the fetch from the first media range's arrival to the last one's end.</summary>
    private static async Task<(TimeSpan Total, TimeSpan Fetch, TimeSpan After, string Streams)> AppAsync(HostTestbed testbed, MuxPair media)
    {
        var videoId = testbed.AddVideo(media);
        var clock = Stopwatch.StartNew();
        var id = await testbed.Api.StartDownloadAsync(videoId);
        string status;
        do
        {
            await Task.Delay(50);
            status = (await testbed.Api.GetTaskAsync(id)).GetProperty("status").GetString()!;
        }
        while (status is not ("completed" or "error" or "cancelled"));
        var total = clock.Elapsed;
        var completedAt = DateTimeOffset.UtcNow;
        if (status != "completed")
        {
            throw new InvalidOperationException($"The download ended {status}.");
        }

        // The heads (a few KB each) are read while the path is planned; the transfer starts with the first whole segment.
        var first = testbed.YouTube.MediaRequests
            .Where(r => r.VideoId == videoId && r.Range is { } range && range.End - range.Start + 1 >= MiB)
            .Min(r => r.At);
        var last = testbed.YouTube.ServedRanges.Where(r => r.VideoId == videoId).Max(r => r.At);
        return (total, last - first, completedAt - last, Windows(testbed, videoId, first));
    }

    /// <summary>Each stream's transfer, from the fetch's start: when its first whole range arrived and its last one ended.</summary>
    private static string Windows(HostTestbed testbed, string videoId, DateTimeOffset start) => string.Join(", ", new[] { (FakeVideos.VideoItag, "video"), (FakeVideos.AudioItag, "audio") }
        .Select(s => string.Create(CultureInfo.InvariantCulture,
            $"{s.Item2} {(testbed.YouTube.MediaRequests.Where(r => r.VideoId == videoId && r.Itag == s.Item1 && r.Range is { } range && range.End - range.Start + 1 >= 256 * 1024).Min(r => r.At) - start).TotalSeconds:F2}-{(testbed.YouTube.ServedRanges.Where(r => r.VideoId == videoId && r.Itag == s.Item1).Max(r => r.At) - start).TotalSeconds:F2} s")));

    private static async Task<(TimeSpan Total, TimeSpan Fetch, TimeSpan Ffmpeg, TimeSpan Upload)> PeerAsync(
        HostTestbed testbed, HttpClient http, BlobContainerClient uploads, MuxPair media, string work, int run)
    {
        var videoId = testbed.AddVideo(media);
        var video = Path.Combine(work, "video.mp4");
        var audio = Path.Combine(work, "audio.m4a");
        var joined = Path.Combine(work, "joined.mp4");
        var clock = Stopwatch.StartNew();

        // As yt-dlp does: each format whole, one after the other, into a file.
        foreach (var (itag, path) in new[] { (FakeVideos.VideoItag, video), (FakeVideos.AudioItag, audio) })
        {
            using var response = await http.GetAsync(
                new Uri(testbed.YouTube.BaseAddress, $"videoplayback?id={videoId}&itag={itag}"), HttpCompletionOption.ResponseHeadersRead);
            response.EnsureSuccessStatusCode();
            await using var file = File.Create(path);
            await response.Content.CopyToAsync(file);
        }

        var fetch = clock.Elapsed;
        await ExternalTool.FfmpegAsync($"-i {video} -i {audio} -map 0 -map 1 -c copy -movflags +faststart {joined}");
        var ffmpeg = clock.Elapsed - fetch;
        await UploadAsync(uploads.GetBlobClient($"peer-{run}.mp4"), joined);
        var total = clock.Elapsed;
        File.Delete(video);
        File.Delete(audio);
        File.Delete(joined);
        return (total, fetch, ffmpeg, total - fetch - ffmpeg);
    }

    /// <summary>The two streams' bytes uploaded with the SDK, one after the other, from files in the page cache.</summary>
    private static async Task<TimeSpan> SdkUploadAsync(BlobContainerClient uploads, MuxPair media, int run)
    {
        var clock = Stopwatch.StartNew();
        await UploadAsync(uploads.GetBlobClient($"sdk-{run}.video"), media.Video);
        await UploadAsync(uploads.GetBlobClient($"sdk-{run}.audio"), media.Audio);
        return clock.Elapsed;
    }

    private static async Task UploadAsync(BlobClient blob, string path) =>
        await blob.UploadAsync(path, new BlobUploadOptions
        {
            TransferOptions = new StorageTransferOptions { MaximumConcurrency = 4, InitialTransferSize = 10 * MiB, MaximumTransferSize = 10 * MiB },
            TransferValidation = new UploadTransferValidationOptions { ChecksumAlgorithm = StorageChecksumAlgorithm.MD5 },
        });
}
