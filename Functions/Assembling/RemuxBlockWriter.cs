using System.Buffers;
using System.Text;
using Azure;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using YouTubeDownloader.Media;
using YouTubeDownloader.Transfer;

namespace YouTubeDownloader.Assembling;

/// <summary>
/// Writes a planned remux into a block blob block by block, <see cref="TransferOptions.MaxParallelSegments"/> blocks at a
/// time: each block of about a segment reads, per input, the one byte range its runs span (a ranged GET of megabytes,
/// not a 256 KiB buffer refill), gathers the runs and is staged; the list is committed at the end. This is the two-step
/// path's copy, for inputs the one-pass path cannot take. Memory: about two segments per block in flight.
/// </summary>
public sealed class RemuxBlockWriter(RangeFetcher fetcher)
{
    /// <summary>Bytes between two runs of one input that are read and dropped rather than cost a second request.</summary>
    private const long MaxGap = 1 << 20;

    public async Task<long> WriteAsync(
        RemuxLayout layout, IReadOnlyList<BlobBaseClient> inputs, BlockBlobClient output, string contentType, CancellationToken cancellationToken)
    {
        var options = fetcher.Options;
        var blocks = layout.Blocks(options.SegmentSizeBytes);
        await RangeFetcher.StageAsync(output, BlockId(0), layout.Header, cancellationToken);
        await Parallel.ForEachAsync(
            blocks.Select((extents, i) => (Extents: extents, Id: BlockId(i + 1))),
            new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelSegments, CancellationToken = cancellationToken },
            async (block, ct) => await StageBlockAsync(block.Extents, block.Id, inputs, output, ct));
        var count = blocks.Count + 1;
        if (layout.Trailer.Length > 0)
        {
            // The text tracks' samples, after the media: a few KB held in memory.
            await RangeFetcher.StageAsync(output, BlockId(count++), layout.Trailer, cancellationToken);
        }

        await output.CommitBlockListAsync(
            Enumerable.Range(0, count).Select(BlockId),
            new CommitBlockListOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } },
            cancellationToken);
        return layout.Length;
    }

    private async Task StageBlockAsync(
        List<MediaExtent> extents, string blockId, IReadOnlyList<BlobBaseClient> inputs, BlockBlobClient output, CancellationToken cancellationToken)
    {
        var length = (int)extents.Sum(e => e.Length);
        var block = await fetcher.RentAsync(length, cancellationToken);
        try
        {
            // Where each run lands in the block, then per input the runs in input order, merged into ranges across small gaps.
            var placed = new List<(MediaExtent Extent, int At)>(extents.Count);
            var position = 0;
            foreach (var extent in extents)
            {
                placed.Add((extent, position));
                position += (int)extent.Length;
            }

            foreach (var range in Ranges(placed))
            {
                await ReadRangeAsync(inputs[range[0].Extent.Input], range, block, cancellationToken);
            }

            await RangeFetcher.StageAsync(output, blockId, new ArraySegment<byte>(block, 0, length), cancellationToken);
        }
        finally
        {
            fetcher.Return(block);
        }
    }

    /// <summary>
    /// Groups the runs into ranges read with one GET each: per input, in input order, a new range where the gap to the
    /// previous run passes <see cref="MaxGap"/> (the 'moof's between an input's fragments are read and dropped).
    /// </summary>
    private static IEnumerable<List<(MediaExtent Extent, int At)>> Ranges(List<(MediaExtent Extent, int At)> placed)
    {
        foreach (var input in placed.GroupBy(p => p.Extent.Input))
        {
            List<(MediaExtent Extent, int At)>? range = null;
            var end = 0L;
            foreach (var run in input.OrderBy(p => p.Extent.Offset))
            {
                if (range is not null && run.Extent.Offset - end > MaxGap)
                {
                    yield return range;
                    range = null;
                }

                range ??= [];
                range.Add(run);
                end = Math.Max(end, run.Extent.Offset + run.Extent.Length);
            }

            if (range is not null)
            {
                yield return range;
            }
        }
    }

    private async Task ReadRangeAsync(
        BlobBaseClient input, List<(MediaExtent Extent, int At)> range, byte[] block, CancellationToken cancellationToken)
    {
        var start = range.Min(r => r.Extent.Offset);
        var length = range.Max(r => r.Extent.Offset + r.Extent.Length) - start;
        // Not from the fetcher's pool: this block's buffer is held already (see RangeFetcher.RentAsync). A short-lived
        // scratch array, so the shared pool's rounding up does not matter here.
        var bytes = ArrayPool<byte>.Shared.Rent((int)length);
        try
        {
            BlobDownloadStreamingResult download = await input.DownloadStreamingAsync(
                new BlobDownloadOptions { Range = new HttpRange(start, length) }, cancellationToken);
            await using (download.Content)
            {
                await download.Content.ReadExactlyAsync(bytes.AsMemory(0, (int)length), cancellationToken);
            }

            foreach (var (extent, at) in range)
            {
                bytes.AsSpan((int)(extent.Offset - start), (int)extent.Length).CopyTo(block.AsSpan(at));
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>Fixed width, as every block id of a blob must be: <c>b-000000</c> is the header.</summary>
    private static string BlockId(int index) => Convert.ToBase64String(Encoding.ASCII.GetBytes($"b-{index:D6}"));
}
