using Azure.Storage.Blobs.Specialized;
using Microsoft.Extensions.Logging;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Media.OnePass;
using YouTubeDownloader.Sources;

namespace YouTubeDownloader.Transfer;

/// <summary>
/// Fetches a fragmented stream straight into blocks of the final file: the stream is cut into pieces on fragment
/// boundaries (<see cref="StreamPieces"/>), fetched in ranges of about a segment, <see cref="TransferOptions.MaxParallelSegments"/>
/// at a time; each piece's sample bytes are staged as one block of the file and its sample entries as one block of the
/// stream's table blob, which is committed at the end. A retried or restarted transfer fetches only the pieces whose
/// media block or table block is not staged yet. Memory: ranges in flight (fetching and staging) × segment size, as the plain transfer.
/// </summary>
public sealed class OnePassTransfer(RangeFetcher fetcher, ILogger<OnePassTransfer> logger)
{
    private const int FirstHeadRead = 64 * 1024;

    /// <summary>Two blocks a window (video and audio) and the header stay well under 50,000 committed blocks.</summary>
    private const int MaxWindows = 20_000;

    private static readonly IProgress<long> Unreported = new Progress<long>();

    /// <summary>The stream's init and index, or null when it must take the two-step path (the reason is logged).</summary>
    public async Task<StreamHead?> ReadHeadAsync(IMediaSource source, CancellationToken cancellationToken)
    {
        var size = (int)Math.Min(source.Length, FirstHeadRead);
        while (true)
        {
            var prefix = new byte[size];
            await SegmentedTransfer.RunAllAsync(
                [0], async (_, ct) => await fetcher.FetchAsync(source, 0, prefix, Unreported, ct), fetcher.Options, cancellationToken);
            var head = StreamHead.TryRead(prefix, source.Length, out var needed, out var unsupported);
            if (head is not null || unsupported is not null)
            {
                if (unsupported is not null)
                {
                    logger.LogInformation("The stream takes the two-step path: {Reason}", unsupported);
                }

                return head;
            }

            size = Math.Max(needed, size + 1);
        }
    }

    /// <summary>
    /// The time windows every stream of a file is cut on: where the pieces of <paramref name="head"/> (the video's) start,
    /// cut by <see cref="TransferOptions.OnePassBlockBytes"/> (at most a segment), and coarser when a very long stream
    /// would otherwise pass the 50,000 committed blocks a blob may have (video and audio blocks, and the header).
    /// </summary>
    public List<double> Windows(StreamHead head)
    {
        var options = fetcher.Options;
        var pieceBytes = Math.Max(Math.Min(options.OnePassBlockBytes, options.SegmentSizeBytes), head.Length / MaxWindows);
        return StreamPieces.Windows(head, pieceBytes);
    }

    /// <summary>
    /// Fetches <paramref name="source"/> into <paramref name="file"/> (media blocks) and <paramref name="table"/> (sample
    /// entries, committed at the end). <paramref name="progress"/> gets every byte of the stream, those found staged included.
    /// <paramref name="slots"/>: the download's fetching and staging slots when its streams run at once; else this transfer's own.
    /// </summary>
    public async Task<long> RunAsync(
        IMediaSource source,
        StreamHead head,
        IReadOnlyList<double> windows,
        MediaStreamKind kind,
        BlockBlobClient file,
        BlockBlobClient table,
        IProgress<long> progress,
        CancellationToken cancellationToken,
        TransferSlots? slots = null)
    {
        var length = source.Length;
        var pieces = StreamPieces.Cut(head, windows);
        if (await RangeFetcher.CommittedLengthAsync(table, cancellationToken) is not null)
        {
            // The table is committed only once every piece was staged.
            progress.Report(length);
            return length;
        }

        var stagedMedia = await RangeFetcher.StagedBlockIdsAsync(file, cancellationToken);
        var stagedTable = await RangeFetcher.StagedBlockIdsAsync(table, cancellationToken);
        if (!stagedTable.Contains(OnePassBlockIds.TableInit))
        {
            await RangeFetcher.StageAsync(table, OnePassBlockIds.TableInit, head.InitRecord(), cancellationToken);
        }

        // A piece without samples stages no media block, so it is fetched again on resume: rare, and small.
        var missing = pieces
            .Where(p => !stagedTable.Contains(OnePassBlockIds.TablePiece(p.Index)) || !stagedMedia.Contains(OnePassBlockIds.Media(kind, p.Index)))
            .ToList();
        progress.Report(length - missing.Sum(p => p.Length));
        logger.LogInformation(
            "Transferring {Length} bytes in {Pieces} pieces straight into the file, {Staged} already staged", length, pieces.Count, pieces.Count - missing.Count);

        await SegmentedTransfer.RunPipelinedAsync(
            StreamPieces.Group(missing, fetcher.Options.SegmentSizeBytes),
            async (group, taken, ct) => await FetchAsync(source, head, group, kind, file, table, taken, progress, ct),
            fetcher.Options,
            slots,
            cancellationToken);

        await table.CommitBlockListAsync(
            [OnePassBlockIds.TableInit, .. pieces.Select(p => OnePassBlockIds.TablePiece(p.Index))], cancellationToken: cancellationToken);
        return length;
    }

    private async Task FetchAsync(
        IMediaSource source,
        StreamHead head,
        List<Piece> group,
        MediaStreamKind kind,
        BlockBlobClient file,
        BlockBlobClient table,
        TransferSlots slots,
        IProgress<long> progress,
        CancellationToken cancellationToken)
    {
        var offset = group[0].Offset;
        var length = group[^1].End - offset;
        var buffer = await fetcher.RentAsync(length, cancellationToken);
        try
        {
            using (await slots.FetchingAsync(cancellationToken))
            {
                await fetcher.FetchAsync(source, offset, buffer.AsMemory(0, (int)length), progress, cancellationToken);
            }

            using var staging = await slots.StagingAsync();

            // The pieces of one range are read in turn (fast, in memory), then all staged at once: one round trip of
            // latency per range rather than two per piece.
            var stages = new List<Task>();
            var contents = new List<PieceContent>();
            try
            {
                foreach (var piece in group)
                {
                    var start = (int)(piece.Offset - offset);
                    var content = ReadPiece(head, piece, buffer.AsSpan(start, (int)piece.Length));
                    contents.Add(content);
                    stages.Add(StagePieceAsync(file, table, kind, piece, new ArraySegment<byte>(buffer, start, content.MediaLength), content.Table, slots.StagingCancellation));
                }
            }
            finally
            {
                // Every started request ends (succeeded or not) before its buffers go back to the pools.
                try
                {
                    await Task.WhenAll(stages);
                }
                finally
                {
                    contents.ForEach(c => c.Dispose());
                }
            }
        }
        finally
        {
            fetcher.Return(buffer);
        }
    }

    /// <summary>
    /// The piece's media block and its table block at once: a resume fetches a piece again unless both are staged, and
    /// the table is committed only after every piece's two blocks are.
    /// </summary>
    private static async Task StagePieceAsync(
        BlockBlobClient file, BlockBlobClient table, MediaStreamKind kind, Piece piece, ArraySegment<byte> media, ArraySegment<byte> entries, CancellationToken cancellationToken)
    {
        var entriesStaged = RangeFetcher.StageAsync(table, OnePassBlockIds.TablePiece(piece.Index), entries, cancellationToken);
        try
        {
            if (media.Count > 0)
            {
                await RangeFetcher.StageAsync(file, OnePassBlockIds.Media(kind, piece.Index), media, cancellationToken);
            }
        }
        finally
        {
            // Its buffer goes back only once this request is over too.
            await entriesStaged;
        }
    }

    private static PieceContent ReadPiece(StreamHead head, Piece piece, Span<byte> bytes)
    {
        try
        {
            return head.ReadPiece(piece, bytes);
        }
        catch (Exception e) when (UnusableMedia.Is(e))
        {
            throw UnusableMedia.Failure(e);
        }
    }
}
