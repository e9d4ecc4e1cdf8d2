using System.Diagnostics;
using System.Globalization;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Sources;
using YouTubeDownloader.Testing;
using YouTubeDownloader.Testing.FakeYouTube;
using YouTubeDownloader.Testing.Media;
using YouTubeDownloader.Transfer;
using YouTubeDownloader.YouTube;

namespace YouTubeDownloader.Benchmarks;

/// <summary>
/// Fetches one large stream from the fake YouTube, throttled per connection like googlevideo, through the real
/// resolver and the workflow's segmented transfer into Azurite: default settings (parallel 10 MiB segments) against
/// one segment at a time on one connection (YoutubeExplode's way), in the same run.
/// </summary>
public sealed class YouTubeFetchBenchmark : IBenchmark
{
    private const string VideoId = "BenchVideo1";
    private const int Itag = 137;

    public string Name => "youtube";

    public string Description => "YouTube stream fetch: parallel &range= segments vs one at a time [--size-mb 300 --rate-mbps 8 --plain-rate-mbps 1]";

    public async Task RunAsync(string[] args)
    {
        var sizeMb = BenchmarkArgs.Int(args, "--size-mb", 300);
        var rateMbps = BenchmarkArgs.Int(args, "--rate-mbps", 8);
        var plainRateMbps = BenchmarkArgs.Int(args, "--plain-rate-mbps", 1);
        var length = (long)sizeMb * 1_000_000;

        await using var fake = await FakeYouTubeServer.StartAsync();
        fake.RangeBytesPerSecond = (long)rateMbps * 1_000_000;
        fake.PlainBytesPerSecond = (long)plainRateMbps * 1_000_000;
        fake.SetMedia(VideoId, Itag, MediaContent.Pattern(length, seed: 7));
        fake.SetPlayer("VISIONOS", VideoId, PlayerAnswer.Json(PlayerJson(length)));

        var location = Path.Combine(Path.GetTempPath(), "yt-bench-azurite-" + Guid.NewGuid().ToString("N")[..8]);
        await using var azurite = await AzuriteServer.StartAsync(location);
        var container = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient("bench");
        await container.CreateIfNotExistsAsync();

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(FakeYouTubeSettings.For(fake)).Build();
        await using var services = new ServiceCollection().AddLogging().AddYouTubeResolver(configuration).BuildServiceProvider();
        var resolver = services.GetRequiredService<IMediaResolver>();
        var request = new MediaRequest(Downloads.VideoId.Parse(VideoId), Quality.Best);
        var plan = await resolver.ResolveAsync(request, CancellationToken.None);

        var defaults = new TransferOptions();
        Console.WriteLine($"stream: {length / 1e6:F0} MB (itag {plan.Streams[0].Id}); fake YouTube: {rateMbps} MB/s per ranged request, {plainRateMbps} MB/s un-segmented");
        var parallel = await FetchAsync(resolver, request, plan, container, "default", defaults);
        var sequential = await FetchAsync(resolver, request, plan, container, "one-at-a-time",
            new TransferOptions { SegmentSizeBytes = defaults.SegmentSizeBytes, MaxParallelSegments = 1 });

        Report($"default ({defaults.SegmentSizeBytes / (1024 * 1024)} MiB segments x {defaults.MaxParallelSegments} parallel)", length, parallel);
        Report($"one segment at a time, one connection", length, sequential);
        var plainRate = await MeasurePlainGetAsync(fake, sampleBytes: 3_000_000);
        Console.WriteLine($"{"un-segmented GET (3 MB sample, extrapolated)",-45} {length / plainRate,7:F1} s  {plainRate / 1e6,6:F1} MB/s");
        Console.WriteLine($"speed-up: {sequential.TotalSeconds / parallel.TotalSeconds:F2}x");
        try
        {
            Directory.Delete(location, recursive: true);
        }
        catch (IOException)
        {
            // Azurite may still hold a file; the temp folder is cleaned up by the OS.
        }
    }

    private static async Task<TimeSpan> FetchAsync(
        IMediaResolver resolver, MediaRequest request, MediaPlan plan, BlobContainerClient container, string name, TransferOptions options)
    {
        var transfer = new SegmentedTransfer(new RangeFetcher(Options.Create(options), SegmentBufferPool.For(options), NullLogger<RangeFetcher>.Instance), NullLogger<SegmentedTransfer>.Instance);
        var blob = container.GetBlockBlobClient($"{name}-{Guid.NewGuid():N}");
        var clock = Stopwatch.StartNew();
        var source = await resolver.OpenAsync(request, plan.Streams[0], CancellationToken.None);
        var written = await transfer.RunAsync(source, blob, new Progress<long>(), CancellationToken.None);
        clock.Stop();
        if (written != plan.Streams[0].ContentLength)
        {
            throw new InvalidOperationException($"{name}: wrote {written} bytes, expected {plan.Streams[0].ContentLength}.");
        }

        await blob.DeleteIfExistsAsync();
        return clock.Elapsed;
    }

    /// <summary>Reads the start of the stream with one plain GET (no range), as a naive client would, and returns bytes per second.</summary>
    private static async Task<double> MeasurePlainGetAsync(FakeYouTubeServer fake, int sampleBytes)
    {
        using var http = new HttpClient();
        var clock = Stopwatch.StartNew();
        using var response = await http.GetAsync(
            new Uri(fake.BaseAddress, $"/videoplayback?id={VideoId}&itag={Itag}&gen=1"), HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[81920];
        long read = 0;
        int n;
        while (read < sampleBytes && (n = await body.ReadAsync(buffer)) > 0)
        {
            read += n;
        }

        return read / clock.Elapsed.TotalSeconds;
    }

    private static void Report(string label, long length, TimeSpan elapsed) =>
        Console.WriteLine($"{label,-45} {elapsed.TotalSeconds,7:F1} s  {length / elapsed.TotalSeconds / 1e6,6:F1} MB/s");

    private static string PlayerJson(long length) => $$"""
        {"playabilityStatus":{"status":"OK"},
         "videoDetails":{"videoId":"{{VideoId}}","title":"Benchmark video","author":"Bench","lengthSeconds":"3600"},
         "streamingData":{"expiresInSeconds":"21540","adaptiveFormats":[
           {"itag":{{Itag}},"url":"https://rr1---sn-bench.googlevideo.com/videoplayback?itag={{Itag}}","mimeType":"video/mp4; codecs=\"avc1.640028\"",
            "bitrate":4000000,"width":1920,"height":1080,"fps":30,"qualityLabel":"1080p","contentLength":"{{length}}"},
           {"itag":140,"url":"https://rr1---sn-bench.googlevideo.com/videoplayback?itag=140","mimeType":"audio/mp4; codecs=\"mp4a.40.2\"",
            "bitrate":130000,"contentLength":"1000000"}]
         }
        }
        """;
}
