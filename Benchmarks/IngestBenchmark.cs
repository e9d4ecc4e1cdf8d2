using System.Diagnostics;
using System.Globalization;
using Azure.Storage;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using YouTubeDownloader.Api.Routes;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Sources;
using YouTubeDownloader.Storage;
using YouTubeDownloader.Testing;
using YouTubeDownloader.Testing.Host;
using YouTubeDownloader.Testing.Media;
using YouTubeDownloader.Transfer;

namespace YouTubeDownloader.Benchmarks;

/// <summary>
/// Ingest's figures. One Azurite on disk; each measurement runs in a fresh child process so that its peak
/// resident memory (VmHWM) is its own: the segmented ingest from the local media server, the Azure SDK
/// uploading the same bytes, the file function's path serving the blob, and a plain blob download.
/// </summary>
public sealed class IngestBenchmark : IBenchmark
{
    private const long MiB = 1024 * 1024;
    private const string Container = "bench";

    public string Name => "ingest";

    public string Description => "ingest + serve of a large stream vs. the Azure SDK direct (--mib 1024 --small-mib 100 --runs 3)";

    public async Task RunAsync(string[] args)
    {
        if (args is ["--child", var mode, var connection, var mibText, var mediaUri])
        {
            await RunChildAsync(mode, connection, long.Parse(mibText, CultureInfo.InvariantCulture), new Uri(mediaUri));
            return;
        }

        var sizes = new[] { BenchmarkArgs.Int(args, "--small-mib", 100), BenchmarkArgs.Int(args, "--mib", 1024) };
        var runs = BenchmarkArgs.Int(args, "--runs", 3);
        var dataDir = Path.Combine(Path.GetTempPath(), "ytd-bench-azurite-" + Environment.ProcessId);
        await using (var azurite = await AzuriteServer.StartAsync(dataDir))
        await using (var media = await LocalMediaServer.StartAsync())
        {
            // The media server runs here, so a child's peak memory is the transfer's alone.
            foreach (var mib in sizes.Append(50))
            {
                media.Add($"bench-{mib}", MediaContent.Pattern(mib * MiB));
            }

            await new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(Container).CreateIfNotExistsAsync();
            var defaults = new TransferOptions();
            Console.WriteLine($"ingest benchmark: {Environment.ProcessorCount} cores, Azurite on disk, segments {defaults.SegmentSizeBytes / MiB} MiB x {defaults.MaxParallelSegments} in flight, best of {runs} runs");
            await ChildAsync("warmup", azurite, media, 50);
            foreach (var mib in sizes)
            {
                var ingest = await BestOfAsync(runs, "ingest", azurite, media, mib);
                var upload = await BestOfAsync(runs, "upload", azurite, media, mib);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{mib,5} MiB  ingest {ingest.Rate,6:F1} MB/s, peak RSS {ingest.PeakMiB} MiB, allocated {ingest.AllocatedMiB} MiB   SDK upload {upload.Rate,6:F1} MB/s, peak RSS {upload.PeakMiB} MiB   ratio {ingest.Rate / upload.Rate:F2}"));
            }

            var served = await BestOfAsync(runs, "serve", azurite, media, sizes[^1]);
            var direct = await BestOfAsync(runs, "serve-direct", azurite, media, sizes[^1]);
            var plain = await BestOfAsync(runs, "download", azurite, media, sizes[^1]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{sizes[^1],5} MiB  file function over HTTP {served.Rate,6:F1} MB/s, peak RSS {served.PeakMiB} MiB   plain blob download {plain.Rate,6:F1} MB/s   ratio {served.Rate / plain.Rate:F2}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{sizes[^1],5} MiB  file function's result into a null body {direct.Rate,6:F1} MB/s, peak RSS {direct.PeakMiB} MiB   ratio to plain download {direct.Rate / plain.Rate:F2}"));
        }

        Directory.Delete(dataDir, recursive: true);
    }

    /// <summary>Runs a measurement <paramref name="runs"/> times, each in a fresh process: the best rate, the highest peak.</summary>
    private static async Task<(double Rate, long PeakMiB, long AllocatedMiB)> BestOfAsync(int runs, string mode, AzuriteServer azurite, LocalMediaServer media, long mib)
    {
        var results = new List<(double Rate, long PeakMiB, long AllocatedMiB)>();
        for (var i = 0; i < runs; i++)
        {
            results.Add(await ChildAsync(mode, azurite, media, mib));
        }

        return (results.Max(r => r.Rate), results.Max(r => r.PeakMiB), results.Max(r => r.AllocatedMiB));
    }

    private static async Task<(double Rate, long PeakMiB, long AllocatedMiB)> ChildAsync(string mode, AzuriteServer azurite, LocalMediaServer media, long mib)
    {
        var parts = await BenchmarkChild.RunAsync(mode, "ingest", "--child", mode, azurite.ConnectionString, mib.ToString(CultureInfo.InvariantCulture), media.UriOf($"bench-{mib}").ToString());
        return (
            double.Parse(parts[0], CultureInfo.InvariantCulture),
            long.Parse(parts[1], CultureInfo.InvariantCulture) / MiB,
            long.Parse(parts[2], CultureInfo.InvariantCulture) / MiB);
    }

    private static async Task RunChildAsync(string mode, string connection, long mib, Uri mediaUri)
    {
        var container = new BlobServiceClient(connection).GetBlobContainerClient(Container);
        var content = MediaContent.Pattern(mib * MiB);
        var clock = Stopwatch.StartNew();
        switch (mode)
        {
            case "warmup":
            case "ingest":
                using (var http = new HttpClient())
                {
                    var options = new TransferOptions();
                    var transfer = new SegmentedTransfer(new RangeFetcher(Options.Create(options), SegmentBufferPool.For(options), NullLogger<RangeFetcher>.Instance), NullLogger<SegmentedTransfer>.Instance);

                    // A committed blob of the right length would make the transfer a no-op (it is idempotent).
                    await container.GetBlobClient($"ingest-{mib}").DeleteIfExistsAsync();
                    clock.Restart();
                    await transfer.RunAsync(
                        new HttpRangeSource(http, mediaUri, content.Length),
                        container.GetBlockBlobClient($"ingest-{mib}"),
                        new Progress<long>(),
                        CancellationToken.None);
                }

                break;
            case "upload":
                await container.GetBlobClient($"upload-{mib}").UploadAsync(new PatternStream(content), new BlobUploadOptions
                {
                    TransferOptions = new StorageTransferOptions { MaximumConcurrency = 4, InitialTransferSize = 10 * MiB, MaximumTransferSize = 10 * MiB },
                    TransferValidation = new UploadTransferValidationOptions { ChecksumAlgorithm = StorageChecksumAlgorithm.MD5 },
                });
                await container.DeleteBlobAsync($"upload-{mib}");
                break;
            case "serve":
            case "serve-direct":
                await ServeAsync(connection, container, $"ingest-{mib}", clock, overHttp: mode == "serve");
                break;
            case "download":
                var download = await container.GetBlobClient($"ingest-{mib}").DownloadStreamingAsync();
                await download.Value.Content.CopyToAsync(Stream.Null);
                break;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{mib * MiB / 1e6 / clock.Elapsed.TotalSeconds:F1} {PeakMemory.Bytes()} {GC.GetTotalAllocatedBytes()}"));
    }

    private static async Task ServeAsync(string connection, BlobContainerClient container, string blobName, Stopwatch clock, bool overHttp)
    {
        // The file function over real Kestrel, reading the task row and the blob from the same Azurite.
        await using var host = await FunctionsTestHost.StartAsync(
            connection,
            services => services.AddSingleton<IMediaResolver>(new UnusedResolver()),
            new Dictionary<string, string?> { ["Downloads:Container"] = container.Name });
        var id = Guid.NewGuid();
        await host.Services.GetRequiredService<DownloadTaskStore>().CreateAsync(
            new DownloadTask
            {
                Id = id, Url = "bench", VideoId = "bench000000", Quality = Quality.Best, DownloadType = DownloadType.Video,
                Status = DownloadStatus.Completed, BlobName = blobName, FileName = "bench.mp4", ContentType = "video/mp4",
                CreatedAt = DateTimeOffset.UtcNow,
            },
            CancellationToken.None);

        clock.Restart();
        if (overHttp)
        {
            using var response = await host.Http.GetAsync($"/api/download/{id}/file", HttpCompletionOption.ResponseHeadersRead);
            response.EnsureSuccessStatusCode();
            await (await response.Content.ReadAsStreamAsync()).CopyToAsync(Stream.Null);
        }
        else
        {
            // The same function and result, executed into a response body that discards: the code path without the loopback hop.
            var context = new DefaultHttpContext { RequestServices = host.Services };
            context.Request.Method = HttpMethods.Get;
            context.Response.Body = Stream.Null;
            var function = ActivatorUtilities.CreateInstance<GetFileFunction>(host.Services);
            var result = await function.RunAsync(context.Request, id.ToString("D"), CancellationToken.None);
            await result.ExecuteResultAsync(new ActionContext(context, new RouteData(), new ActionDescriptor()));
            if (context.Response.StatusCode != StatusCodes.Status200OK)
            {
                throw new InvalidOperationException($"The file function answered {context.Response.StatusCode}.");
            }
        }

        clock.Stop();
    }
}
