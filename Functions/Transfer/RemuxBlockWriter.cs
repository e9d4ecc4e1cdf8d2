using System.Text;
using Azure;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using YouTubeDownloader.Media;

namespace YouTubeDownloader.Transfer;

/// <summary>
/// Writes a planned remux into a block blob block by block, <see cref="TransferOptions.MaxParallelSegments"/> blocks at a
/// time: each block of about a segment reads, per input, the one byte range its runs span (a ranged GET of megabytes,
/// not a 256 KiB buffer refill), gathers the runs and is staged; the list is committed at the end. This is the two-step
/// path's copy, for inputs the one-pass path cannot take. Memory: about two segments per block in flight.
/// </summary>
public sealed class RemuxBlockWriter(RangeFetcher fetcher)
{
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
        await output.CommitBlockListAsync(
            Enumerable.Range(0, blocks.Count + 1).Select(BlockId),
            new CommitBlockListOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } },
            cancellationToken);
        return layout.Length;
    }

    private async Task StageBlockAsync(
        List<MediaExtent> extents, string blockId, IReadOnlyList<BlobBaseClient> inputs, BlockBlobClient output, CancellationToken cancellationToken)
    {
        var length = (int)extents.Sum(e => e.Length);
        var block = fetcher.Rent(length);
        try
        {
            foreach (var input in extents.Select(e => e.Input).Distinct())
            {
                var start = extents.Where(e => e.Input == input).Min(e => e.Offset);
                var end = extents.Where(e => e.Input == input).Max(e => e.Offset + e.Length);
                var span = fetcher.Rent(end - start);
                try
                {
                    BlobDownloadStreamingResult download = await inputs[input].DownloadStreamingAsync(
                        new BlobDownloadOptions { Range = new HttpRange(start, end - start) }, cancellationToken);
                    await using (download.Content)
                    {
                        await download.Content.ReadExactlyAsync(span.AsMemory(0, (int)(end - start)), cancellationToken);
                    }

                    var position = 0;
                    foreach (var extent in extents)
                    {
                        if (extent.Input == input)
                        {
                            span.AsSpan((int)(extent.Offset - start), (int)extent.Length).CopyTo(block.AsSpan(position));
                        }

                        position += (int)extent.Length;
                    }
                }
                finally
                {
                    fetcher.Return(span);
                }
            }

            await RangeFetcher.StageAsync(output, blockId, new ArraySegment<byte>(block, 0, length), cancellationToken);
        }
        finally
        {
            fetcher.Return(block);
        }
    }

    /// <summary>Fixed width, as every block id of a blob must be: <c>b-000000</c> is the header.</summary>
    private static string BlockId(int index) => Convert.ToBase64String(Encoding.ASCII.GetBytes($"b-{index:D6}"));
}
