using System.Diagnostics;
using System.Globalization;
using Azure.Storage;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using YouTubeDownloader.Assembling;
using YouTubeDownloader.Media;
using YouTubeDownloader.Sources;
using YouTubeDownloader.Testing;
using YouTubeDownloader.Testing.Media;
using YouTubeDownloader.Transfer;

namespace YouTubeDownloader.Benchmarks;

/// <summary>
/// The one-pass path's figures. A DASH pair (the mux benchmark's generator, looped to the wanted length) served by the local media
/// server into one Azurite on disk, each measurement in a fresh child process (its own peak RSS): the two streams fetched
/// into plain blobs (fetch alone), the one-pass path (fetch straight into the file's blocks, then the commit from the
/// tables), and the two-step path (fetch into source blobs, then the remux that reads them back). The transfer and
/// assembly classes are the activities' own; the durable engine's scheduling is not in these figures.
/// </summary>
public sealed class OnePassBenchmark : IBenchmark
{
    private const string Container = "onepass";

    public string Name => "onepass";

    public string Description => "one-pass vs two-step download of a DASH pair into Azurite [--hours 1.05,7] [--dir /tmp/mux-bench] [--runs 2] [--block-mib 10] [--modes fetch,onepass,twostep,parallel]";

    public async Task RunAsync(string[] args)
    {
        if (args is ["--child", var mode, var connection, var videoUri, var videoLength, var audioUri, var audioLength, var blockBytes, .. var span])
        {
            var options = new TransferOptions { OnePassBlockBytes = int.Parse(blockBytes, CultureInfo.InvariantCulture) };
            var clip = span is [var start, var end] ? new MediaClip(long.Parse(start, CultureInfo.InvariantCulture), long.Parse(end, CultureInfo.InvariantCulture)) : null;
            await RunChildAsync(
                mode, connection, new Uri(videoUri), long.Parse(videoLength, CultureInfo.InvariantCulture), new Uri(audioUri), long.Parse(audioLength, CultureInfo.InvariantCulture), options, clip);
            return;
        }

        var blockMiB = Option(args, "--block-mib") is { } mib ? double.Parse(mib, CultureInfo.InvariantCulture) : new TransferOptions().OnePassBlockBytes / 1048576.0;
        var block = (int)(blockMiB * 1048576);

        var hours = (Option(args, "--hours") ?? "1.05,7").Split(',').Select(h => double.Parse(h, CultureInfo.InvariantCulture));
        var directory = Directory.CreateDirectory(Option(args, "--dir") ?? Path.Combine(Path.GetTempPath(), "mux-bench")).FullName;
        var runs = int.Parse(Option(args, "--runs") ?? "2", CultureInfo.InvariantCulture);
        var modes = (Option(args, "--modes") ?? "fetch,onepass,twostep,parallel").Split(',');
        var dataDir = Path.Combine(Path.GetTempPath(), "ytd-onepass-azurite-" + Environment.ProcessId);
        await using (var azurite = await AzuriteServer.StartAsync(dataDir))
        await using (var media = await LocalMediaServer.StartAsync())
        {
            await new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(Container).CreateIfNotExistsAsync();
            var defaults = new TransferOptions();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"onepass benchmark: {Environment.ProcessorCount} cores, Azurite on disk, segments {defaults.SegmentSizeBytes >> 20} MiB x {defaults.MaxParallelSegments} in flight, one-pass blocks {blockMiB} MiB, best of {runs} runs"));
            foreach (var length in hours)
            {
                var pair = await MuxBenchmark.EnsureInputsAsync(directory, length);
                var video = media.Add($"video-{length}", MediaContent.FromBytes(await File.ReadAllBytesAsync(pair.Video)));
                var audio = media.Add($"audio-{length}", MediaContent.FromBytes(await File.ReadAllBytesAsync(pair.Audio)));
                var sizes = (new FileInfo(pair.Video).Length, new FileInfo(pair.Audio).Length);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"pair {length} h: video {sizes.Item1 / 1e6:F1} MB + audio {sizes.Item2 / 1e6:F1} MB"));
                foreach (var measured in modes)
                {
                    var best = (Total: double.MaxValue, After: double.MaxValue, Peak: 0L);
                    for (var i = 0; i < runs; i++)
                    {
                        var r = await ChildAsync(measured, azurite, video, sizes.Item1, audio, sizes.Item2, block);
                        best = (Math.Min(best.Total, r.Total), Math.Min(best.After, r.After), Math.Max(best.Peak, r.Peak));
                    }

                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  {measured,-8} end to end {best.Total,6:F2} s  ({(sizes.Item1 + sizes.Item2) / 1e6 / best.Total,5:F1} MB/s)  after the last byte {best.After,6:F2} s  peak RSS {best.Peak >> 20} MiB"));
                }
            }
        }

        Directory.Delete(dataDir, recursive: true);
    }

    /// <param name="clip">The one-pass path of a clip (<c>clip</c>'s benchmark): only its fragments are fetched, and the file holds only its span.</param>
    internal static async Task<(double Total, double After, long Peak)> ChildAsync(
        string mode, AzuriteServer azurite, Uri video, long videoLength, Uri audio, long audioLength, int blockBytes, MediaClip? clip = null)
    {
        string[] span = clip is null ? [] : [Text(clip.StartMs), Text(clip.EndMs)];
        var parts = await BenchmarkChild.RunAsync(
            mode, ["onepass", "--child", mode, azurite.ConnectionString, video.ToString(), Text(videoLength), audio.ToString(), Text(audioLength), Text(blockBytes), .. span]);
        return (double.Parse(parts[0], CultureInfo.InvariantCulture), double.Parse(parts[1], CultureInfo.InvariantCulture), long.Parse(parts[2], CultureInfo.InvariantCulture));
    }

    private static async Task RunChildAsync(
        string mode, string connection, Uri videoUri, long videoLength, Uri audioUri, long audioLength, TransferOptions options, MediaClip? clip)
    {
        var container = new BlobServiceClient(connection).GetBlobContainerClient(Container);
        var run = Guid.NewGuid().ToString("N");
        using var http = new HttpClient();
        IMediaSource[] sources = [new HttpRangeSource(http, videoUri, videoLength), new HttpRangeSource(http, audioUri, audioLength)];
        var fetcher = new RangeFetcher(Options.Create(options), SegmentBufferPool.For(options), NullLogger<RangeFetcher>.Instance);
        var file = container.GetBlockBlobClient($"{run}/media.mp4");
        var clock = Stopwatch.StartNew();
        TimeSpan lastByte;
        switch (mode)
        {
            case "fetch":
            case "twostep":
            case "parallel":
                var transfer = new SegmentedTransfer(fetcher, NullLogger<SegmentedTransfer>.Instance);
                var staged = new List<BlockBlobClient>();
                for (var i = 0; i < sources.Length; i++)
                {
                    staged.Add(container.GetBlockBlobClient($"{run}/source-{i}"));
                    await transfer.RunAsync(sources[i], staged[i], new Progress<long>(), CancellationToken.None);
                }

                lastByte = clock.Elapsed;
                if (mode == "twostep")
                {
                    await RemuxAsync(staged, file);
                }
                else if (mode == "parallel")
                {
                    await RemuxInBlocksAsync(staged, file, fetcher);
                }

                break;
            default:
                var onePass = new OnePassTransfer(fetcher, NullLogger<OnePassTransfer>.Instance);
                var heads = new List<YouTubeDownloader.Media.OnePass.StreamHead>();
                foreach (var source in sources)
                {
                    heads.Add((await onePass.ReadHeadAsync(source, CancellationToken.None))!);
                }

                if (clip is not null)
                {
                    // As PlanOnePass and TransferStream do: the video from the fragment holding the start, every stream from there.
                    heads[0] = heads[0].Covering(heads[0].FragmentStartAt(clip.StartMs / 1000.0), clip.EndMs / 1000.0);
                }

                var windows = onePass.Windows(heads[0]);
                for (var i = 1; clip is not null && i < heads.Count; i++)
                {
                    heads[i] = heads[i].Covering(windows[0], clip.EndMs / 1000.0);
                }

                var streams = new List<OnePassStream>();
                for (var i = 0; i < sources.Length; i++)
                {
                    var kind = i == 0 ? MediaStreamKind.Video : MediaStreamKind.Audio;
                    var table = container.GetBlockBlobClient($"{run}/table-{i}");
                    await onePass.RunAsync(sources[i], heads[i], windows, kind, file, table, new Progress<long>(), CancellationToken.None);
                    streams.Add(new OnePassStream(table, sources[i].Length, kind));
                }

                lastByte = clock.Elapsed;
                await OnePassCommit.RunAsync(streams, file, "video/mp4", FileTags.None, [], CancellationToken.None, clip);
                break;
        }

        clock.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{clock.Elapsed.TotalSeconds:F3} {(clock.Elapsed - lastByte).TotalSeconds:F3} {PeakMemory.Bytes()}"));
    }

    /// <summary>The two-step join as the AssembleFile activity ran it before the one-pass path: ranged reads of the staged sources, one upload stream out.</summary>
    private static async Task RemuxAsync(List<BlockBlobClient> sources, BlockBlobClient file)
    {
        var inputs = new List<Stream>();
        foreach (var source in sources)
        {
            inputs.Add(await source.OpenReadAsync(new BlobOpenReadOptions(allowModifications: false) { BufferSize = Mp4Remuxer.RecommendedReadBufferSize }));
        }

        await using (var output = await file.OpenWriteAsync(overwrite: true, new BlockBlobOpenWriteOptions
                     {
                         TransferValidation = new UploadTransferValidationOptions { ChecksumAlgorithm = StorageChecksumAlgorithm.MD5 },
                     }))
        {
            await Mp4Remuxer.RemuxAsync(inputs, output, CancellationToken.None);
        }

        foreach (var input in inputs)
        {
            await input.DisposeAsync();
        }
    }

    /// <summary>The two-step join as the AssembleFile activity now runs it: the header pass, then the copy in parallel blocks.</summary>
    private static async Task RemuxInBlocksAsync(List<BlockBlobClient> sources, BlockBlobClient file, RangeFetcher fetcher)
    {
        var inputs = new List<Stream>();
        foreach (var source in sources)
        {
            inputs.Add(await source.OpenReadAsync(new BlobOpenReadOptions(allowModifications: false) { BufferSize = Mp4Remuxer.RecommendedReadBufferSize }));
        }

        var layout = await Mp4Remuxer.PlanAsync(inputs, CancellationToken.None);
        foreach (var input in inputs)
        {
            await input.DisposeAsync();
        }

        await new RemuxBlockWriter(fetcher).WriteAsync(layout, sources, file, "video/mp4", CancellationToken.None);
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
