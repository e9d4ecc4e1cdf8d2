using Azure;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Microsoft.Extensions.Logging;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Sources;

namespace YouTubeDownloader.Transfer;

/// <summary>
/// Copies a remote stream into a block blob in ranged segments: each segment is fetched into a pooled
/// buffer (retried from the byte where it broke), staged as one block, and the block list is committed
/// once all are in. Blocks already staged by an earlier attempt are kept, so a retried activity or a
/// restarted worker fetches only what is missing. Memory: at most twice <see cref="TransferOptions.MaxParallelSegments"/> buffers
/// (that many fetching, that many staging: <see cref="TransferSlots"/>).
/// </summary>
public sealed class SegmentedTransfer(RangeFetcher fetcher, ILogger<SegmentedTransfer> logger)
{
    private readonly TransferOptions options = fetcher.Options;

    public TransferOptions Options => options;

    /// <summary>
    /// Transfers <paramref name="source"/> into <paramref name="destination"/>. <paramref name="progress"/> gets
    /// the bytes each step adds, including the bytes found already staged. Returns the committed length.
    /// </summary>
    /// <param name="slots">The download's fetching and staging slots when its streams run at once; else this transfer's own.</param>
    public async Task<long> RunAsync(
        IMediaSource source, BlockBlobClient destination, IProgress<long> progress, CancellationToken cancellationToken, TransferSlots? slots = null)
    {
        var length = source.Length;
        if (await RangeFetcher.CommittedLengthAsync(destination, cancellationToken) == length)
        {
            progress.Report(length);
            return length;
        }

        var segments = Segment.Split(length, options.SegmentSizeBytes);
        var staged = await RangeFetcher.StagedBlockIdsAsync(destination, cancellationToken);
        var missing = segments.Where(s => !staged.Contains(s.BlockId(options.SegmentSizeBytes))).ToList();
        progress.Report(segments.Except(missing).Sum(s => s.Length));
        logger.LogInformation(
            "Transferring {Length} bytes in {Segments} segments, {Staged} already staged", length, segments.Count, segments.Count - missing.Count);

        await RunPipelinedAsync(
            missing, async (segment, taken, ct) => await StageSegmentAsync(source, destination, segment, taken, progress, ct), options, slots, cancellationToken);

        var blockIds = segments.Select(s => s.BlockId(options.SegmentSizeBytes)).ToList();
        try
        {
            // Only this commit creates the blob. One that exists was committed by another execution of this transfer (a
            // work item taken again by a second instance) and may have been rewritten since: a stream stored as sent is
            // the task's file, tagged in place after its commit. Committing over it would undo that.
            await destination.CommitBlockListAsync(
                blockIds, new CommitBlockListOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } }, cancellationToken);
        }
        catch (RequestFailedException e) when (e.ErrorCode == BlobErrorCode.BlobAlreadyExists)
        {
            logger.LogInformation("The stream's blob was committed by another execution meanwhile; it is kept as it is");
        }

        return length;
    }

    /// <summary>
    /// Runs <paramref name="work"/> over <paramref name="items"/>, <see cref="TransferOptions.MaxParallelSegments"/> at a time.
    /// A segment out of tries is still worth a later attempt of the whole activity, which keeps what was staged.
    /// </summary>
    internal static Task RunAllAsync<T>(
        IEnumerable<T> items, Func<T, CancellationToken, ValueTask> work, TransferOptions options, CancellationToken cancellationToken) =>
        RunAsync(items, work, options.MaxParallelSegments, cancellationToken);

    /// <summary>
    /// As <see cref="RunAllAsync"/>, for work in two halves: <paramref name="work"/> takes a fetching slot for its source
    /// request and a staging slot for its storage requests, <see cref="TransferOptions.MaxParallelSegments"/> of each at once.
    /// </summary>
    internal static async Task RunPipelinedAsync<T>(
        IEnumerable<T> items,
        Func<T, TransferSlots, CancellationToken, ValueTask> work,
        TransferOptions options,
        TransferSlots? shared,
        CancellationToken cancellationToken)
    {
        using var own = shared is null ? new TransferSlots(options.MaxParallelSegments, cancellationToken) : null;
        var slots = shared ?? own!;
        await RunAsync(items, (item, ct) => work(item, slots, ct), slots.InProgress, cancellationToken);
    }

    private static async Task RunAsync<T>(
        IEnumerable<T> items, Func<T, CancellationToken, ValueTask> work, int parallel, CancellationToken cancellationToken)
    {
        try
        {
            await Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = cancellationToken }, work);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or TimeoutException)
        {
            var code = Unreachable.Is(e) ? DownloadErrorCode.SourceUnreachable : DownloadErrorCode.SourceError;
            throw new DownloadFailedException(code, $"The source kept failing: {e.Message}", e);
        }
    }

    private async Task StageSegmentAsync(
        IMediaSource source, BlockBlobClient destination, Segment segment, TransferSlots slots, IProgress<long> progress, CancellationToken cancellationToken)
    {
        var buffer = await fetcher.RentAsync(segment.Length, cancellationToken);
        try
        {
            using (await slots.FetchingAsync(cancellationToken))
            {
                await fetcher.FetchAsync(source, segment.Offset, buffer.AsMemory(0, (int)segment.Length), progress, cancellationToken);
            }

            using (await slots.StagingAsync())
            {
                await RangeFetcher.StageAsync(
                    destination, segment.BlockId(options.SegmentSizeBytes), new ArraySegment<byte>(buffer, 0, (int)segment.Length), slots.StagingCancellation);
            }
        }
        finally
        {
            fetcher.Return(buffer);
        }
    }
}
