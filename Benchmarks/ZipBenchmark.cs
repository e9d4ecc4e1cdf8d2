using System.Diagnostics;
using System.Globalization;
using Azure.Storage;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.DependencyInjection;
using YouTubeDownloader.Api.Results;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Playlists;
using YouTubeDownloader.Sources;
using YouTubeDownloader.Storage;
using YouTubeDownloader.Testing;
using YouTubeDownloader.Testing.Host;
using YouTubeDownloader.Testing.Media;

namespace YouTubeDownloader.Benchmarks;

/// <summary>
/// The playlist ZIP's figures: the ZIP of a playlist task streamed by the file function over real Kestrel (each entry's blob read
/// as the archive reaches it) vs. plain downloads of the same blobs one after the other, each in a fresh child process
/// for its own peak resident memory. One Azurite on disk.
/// </summary>
public sealed class ZipBenchmark : IBenchmark
{
    private const long MiB = 1024 * 1024;
    private const string Container = "benchzip";
    private const string Table = "benchzip";

    public string Name => "zip";

    public string Description => "a playlist's ZIP through the file function vs. plain blob downloads (--entries 8 --entry-mib 128 --runs 3)";

    public async Task RunAsync(string[] args)
    {
        if (args is ["--child", var mode, var connection, var entriesText, var mibText])
        {
            await RunChildAsync(mode, connection, int.Parse(entriesText, CultureInfo.InvariantCulture), long.Parse(mibText, CultureInfo.InvariantCulture));
            return;
        }

        var entries = Option(args, "--entries", 8);
        var mib = Option(args, "--entry-mib", 128);
        var runs = Option(args, "--runs", 3);
        var dataDir = Path.Combine(Path.GetTempPath(), "ytd-bench-zip-" + Environment.ProcessId);
        await using (var azurite = await AzuriteServer.StartAsync(dataDir))
        {
            var container = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(Container);
            await container.CreateIfNotExistsAsync();
            for (var i = 1; i <= entries; i++)
            {
                await container.GetBlobClient(BlobName(i)).UploadAsync(new PatternStream(MediaContent.Pattern(mib * MiB, i)), new BlobUploadOptions
                {
                    TransferOptions = new StorageTransferOptions { MaximumConcurrency = 4, InitialTransferSize = 10 * MiB, MaximumTransferSize = 10 * MiB },
                    TransferValidation = new UploadTransferValidationOptions { ChecksumAlgorithm = StorageChecksumAlgorithm.MD5 },
                });
            }

            Console.WriteLine($"zip benchmark: {Environment.ProcessorCount} cores, Azurite on disk, {entries} entries x {mib} MiB, best of {runs} runs");
            var zip = await BestOfAsync(runs, "zip", azurite, entries, mib);
            var plain = await BestOfAsync(runs, "download", azurite, entries, mib);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{entries * mib,5} MiB  playlist ZIP over HTTP {zip.Rate,6:F1} MB/s, peak RSS {zip.PeakMiB} MiB   plain blob downloads {plain.Rate,6:F1} MB/s, peak RSS {plain.PeakMiB} MiB   ratio {zip.Rate / plain.Rate:F2}"));
        }

        Directory.Delete(dataDir, recursive: true);
    }

    private static string BlobName(int index) => $"entry-{index:D3}/media.mp4";

    private static async Task<(double Rate, long PeakMiB)> BestOfAsync(int runs, string mode, AzuriteServer azurite, int entries, long mib)
    {
        var results = new List<(double Rate, long PeakMiB)>();
        for (var i = 0; i < runs; i++)
        {
            var parts = await BenchmarkChild.RunAsync(
                mode, "zip", "--child", mode, azurite.ConnectionString, entries.ToString(CultureInfo.InvariantCulture), mib.ToString(CultureInfo.InvariantCulture));
            results.Add((double.Parse(parts[0], CultureInfo.InvariantCulture), long.Parse(parts[1], CultureInfo.InvariantCulture) / MiB));
        }

        return (results.Max(r => r.Rate), results.Max(r => r.PeakMiB));
    }

    private static async Task RunChildAsync(string mode, string connection, int entries, long mib)
    {
        var container = new BlobServiceClient(connection).GetBlobContainerClient(Container);
        var clock = Stopwatch.StartNew();
        long bytes = 0;
        if (mode == "zip")
        {
            bytes = await ZipAsync(connection, entries, clock);
        }
        else
        {
            for (var i = 1; i <= entries; i++)
            {
                var download = await container.GetBlobClient(BlobName(i)).DownloadStreamingAsync();
                await using var counted = new CountingStream();
                await download.Value.Content.CopyToAsync(counted);
                bytes += counted.Count;
            }
        }

        if (bytes < entries * mib * MiB)
        {
            throw new InvalidOperationException($"{mode} gave {bytes} bytes, fewer than the entries hold.");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e6 / clock.Elapsed.TotalSeconds:F1} {PeakMemory.Bytes()}"));
    }

    /// <summary>A completed playlist task whose entries are the uploaded blobs, its ZIP fetched through the file function.</summary>
    private static async Task<long> ZipAsync(string connection, int entries, Stopwatch clock)
    {
        await using var host = await FunctionsTestHost.StartAsync(
            connection,
            services => services.AddSingleton<IMediaResolver>(new UnusedResolver()),
            new Dictionary<string, string?> { ["Downloads:Container"] = Container, ["Downloads:Table"] = Table });
        var store = host.Services.GetRequiredService<DownloadTaskStore>();
        var now = DateTimeOffset.UtcNow;
        var playlist = new DownloadTask
        {
            Id = Guid.CreateVersion7(now), Url = "bench", VideoId = "", Quality = Quality.Best, DownloadType = DownloadType.Video,
            Status = DownloadStatus.Completed, Title = "bench", FileName = "bench.zip", ContentType = "application/zip",
            CreatedAt = now, IsPlaylist = true, PlaylistTotal = entries, ListId = "PLbenchmarkList1",
        };
        await store.CreateAsync(playlist, CancellationToken.None);
        for (var i = 1; i <= entries; i++)
        {
            await store.CreateAsync(
                new DownloadTask
                {
                    Id = PlaylistEntryIds.For(playlist.Id, i), Url = "bench", VideoId = $"bench{i:D6}", Quality = Quality.Best,
                    DownloadType = DownloadType.Video, Status = DownloadStatus.Completed, BlobName = BlobName(i), FileName = $"entry {i}.mp4",
                    ContentType = "video/mp4", CreatedAt = now, CompletedAt = now, IsPlaylist = true, PlaylistIndex = i,
                    PlaylistTotal = entries, PlaylistId = playlist.Id,
                },
                CancellationToken.None);
        }

        clock.Restart();
        using var response = await host.Http.GetAsync($"/api/download/{playlist.Id:D}/file", HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using var counted = new CountingStream();
        await (await response.Content.ReadAsStreamAsync()).CopyToAsync(counted);
        clock.Stop();
        return counted.Count;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }

    /// <summary>Discards what is written and counts it.</summary>
    private sealed class CountingStream : WriteOnlyStream
    {
        public long Count { get; private set; }

        public override long Length => Count;

        public override long Position
        {
            get => Count;
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => Count += count;

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Count += buffer.Length;
            return ValueTask.CompletedTask;
        }

        public override void Flush()
        {
        }
    }
}
