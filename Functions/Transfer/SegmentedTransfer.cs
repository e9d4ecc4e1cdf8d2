using System.Runtime.CompilerServices;
using Azure;
using Azure.Storage;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Resolution;

namespace YouTubeDownloader.Transfer;

/// <summary>
/// Copies a remote stream into a block blob in ranged segments: each segment is fetched into a pooled
/// buffer (retried from the byte where it broke), staged as one block, and the block list is committed
/// once all are in. Blocks already staged by an earlier attempt are kept, so a retried activity or a
/// restarted worker fetches only what is missing. Memory: at most <see cref="TransferOptions.MaxParallelSegments"/> buffers.
/// </summary>
public sealed class SegmentedTransfer
{
    private readonly TransferOptions options;
    private readonly ILogger<SegmentedTransfer> logger;
    private readonly ResiliencePipeline retry;
    private readonly SegmentBufferPool buffers;

    public SegmentedTransfer(IOptions<TransferOptions> options, SegmentBufferPool buffers, ILogger<SegmentedTransfer> logger)
    {
        this.options = options.Value;
        this.logger = logger;
        this.buffers = buffers;
        retry = new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = this.options.MaxAttemptsPerSegment - 1,
                Delay = this.options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = new PredicateBuilder()
                    .Handle<TransientDownloadException>()
                    .Handle<HttpRequestException>()
                    .Handle<IOException>()
                    .Handle<TimeoutException>(),
                OnRetry = args =>
                {
                    logger.LogWarning(args.Outcome.Exception, "Segment attempt {Attempt} failed; retrying", args.AttemptNumber + 1);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    /// <summary>
    /// Transfers <paramref name="source"/> into <paramref name="destination"/>. <paramref name="progress"/> gets
    /// the bytes each step adds, including the bytes found already staged. Returns the committed length.
    /// </summary>
    public async Task<long> RunAsync(
        IMediaSource source, BlockBlobClient destination, IProgress<long> progress, CancellationToken cancellationToken)
    {
        var length = source.Length;
        if (await IsAlreadyCommittedAsync(destination, length, cancellationToken))
        {
            progress.Report(length);
            return length;
        }

        var segments = Segment.Split(length, options.SegmentSizeBytes);
        var staged = await StagedBlockIdsAsync(destination, cancellationToken);
        var missing = segments.Where(s => !staged.Contains(s.BlockId(options.SegmentSizeBytes))).ToList();
        progress.Report(segments.Except(missing).Sum(s => s.Length));
        logger.LogInformation(
            "Transferring {Length} bytes in {Segments} segments, {Staged} already staged", length, segments.Count, segments.Count - missing.Count);

        try
        {
            await Parallel.ForEachAsync(
                missing,
                new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelSegments, CancellationToken = cancellationToken },
                async (segment, ct) => await StageSegmentAsync(source, destination, segment, progress, ct));
        }
        catch (Exception e) when (e is HttpRequestException or IOException or TimeoutException)
        {
            // Out of tries for one segment: still worth a later attempt of the whole activity, which keeps what was staged.
            throw new TransientDownloadException(DownloadErrorCode.SourceError, $"The source kept failing: {e.Message}", e);
        }

        var blockIds = segments.Select(s => s.BlockId(options.SegmentSizeBytes)).ToList();
        await destination.CommitBlockListAsync(blockIds, cancellationToken: cancellationToken);
        return length;
    }

    private async Task StageSegmentAsync(
        IMediaSource source, BlockBlobClient destination, Segment segment, IProgress<long> progress, CancellationToken cancellationToken)
    {
        var buffer = await buffers.RentAsync(cancellationToken);
        try
        {
            // Survives failed attempts, so the next one asks only for the bytes still missing.
            var filled = new StrongBox<int>(0);
            await retry.ExecuteAsync(
                async ct => await FillAsync(source, segment, buffer, filled, progress, ct),
                cancellationToken);

            using var content = new MemoryStream(buffer, 0, filled.Value, writable: false);
            await destination.StageBlockAsync(
                segment.BlockId(options.SegmentSizeBytes),
                content,
                new BlockBlobStageBlockOptions
                {
                    // A transactional MD5 lets the service check the block end to end (and spares Azurite a slow CRC64).
                    TransferValidation = new UploadTransferValidationOptions { ChecksumAlgorithm = StorageChecksumAlgorithm.MD5 },
                },
                cancellationToken);
        }
        finally
        {
            buffers.Return(buffer);
        }
    }

    /// <summary>Reads the rest of a segment into <paramref name="buffer"/>, advancing <paramref name="filledBox"/> as bytes arrive.</summary>
    private async Task FillAsync(
        IMediaSource source, Segment segment, byte[] buffer, StrongBox<int> filledBox, IProgress<long> progress, CancellationToken cancellationToken)
    {
        var total = (int)segment.Length;
        var filled = filledBox.Value;
        await using var body = await source.OpenRangeAsync(segment.Offset + filled, total - filled, cancellationToken);
        using var stall = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        while (filled < total)
        {
            stall.CancelAfter(options.StallTimeout);
            int read;
            try
            {
                read = await body.ReadAsync(buffer.AsMemory(filled, total - filled), stall.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"No data for {options.StallTimeout} at byte {segment.Offset + filled}.");
            }

            if (read == 0)
            {
                throw new IOException($"The source ended at byte {segment.Offset + filled}, {total - filled} bytes short of the segment.");
            }

            filled += read;
            filledBox.Value = filled;
            progress.Report(read);
        }
    }

    private static async Task<bool> IsAlreadyCommittedAsync(BlockBlobClient blob, long length, CancellationToken cancellationToken)
    {
        try
        {
            BlobProperties properties = await blob.GetPropertiesAsync(cancellationToken: cancellationToken);
            return properties.ContentLength == length;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return false;
        }
    }

    private static async Task<HashSet<string>> StagedBlockIdsAsync(BlockBlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            BlockList list = await blob.GetBlockListAsync(BlockListTypes.Uncommitted, cancellationToken: cancellationToken);
            return list.UncommittedBlocks.Select(b => b.Name).ToHashSet(StringComparer.Ordinal);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return [];
        }
    }
}
