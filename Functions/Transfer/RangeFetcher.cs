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
using YouTubeDownloader.Sources;

namespace YouTubeDownloader.Transfer;

/// <summary>
/// What both transfers share: fetching one byte range of a source into memory (retried from the byte where it broke,
/// a stalled read counting as a break), the pooled buffers for it, and staging a block with a transactional MD5.
/// </summary>
public sealed class RangeFetcher
{
    private readonly TransferOptions options;
    private readonly ResiliencePipeline retry;

    public RangeFetcher(IOptions<TransferOptions> options, SegmentBufferPool buffers, ILogger<RangeFetcher> logger)
    {
        this.options = options.Value;
        Buffers = buffers;
        retry = new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = this.options.MaxAttemptsPerSegment - 1,
                Delay = this.options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = new PredicateBuilder()
                    .Handle<DownloadFailedException>(e => e.IsRetryable)
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

    public TransferOptions Options => options;

    public SegmentBufferPool Buffers { get; }

    /// <summary>
    /// A buffer for <paramref name="length"/> bytes: from the process-wide pool up to the segment size (waiting while its
    /// budget is spent), its own array beyond (a fragment larger than a segment). A caller holding one must not rent a
    /// second: with the budget spent by such callers, all would wait for each other.
    /// </summary>
    public async ValueTask<byte[]> RentAsync(long length, CancellationToken cancellationToken) =>
        length <= Buffers.BufferSize ? await Buffers.RentAsync(cancellationToken) : new byte[length];

    /// <summary>Gives back a buffer from <see cref="RentAsync"/>; one of its own size goes to the garbage collector.</summary>
    public void Return(byte[] buffer)
    {
        if (buffer.Length == Buffers.BufferSize)
        {
            Buffers.Return(buffer);
        }
    }

    /// <summary>Fills <paramref name="buffer"/> with the source's bytes from <paramref name="offset"/>, reporting them as they arrive.</summary>
    public async Task FetchAsync(IMediaSource source, long offset, Memory<byte> buffer, IProgress<long> progress, CancellationToken cancellationToken)
    {
        // Survives failed attempts, so the next one asks only for the bytes still missing.
        var filled = new StrongBox<int>(0);
        await retry.ExecuteAsync(async ct => await FillAsync(source, offset, buffer, filled, progress, ct), cancellationToken);
    }

    /// <summary>Stages one block. A transactional MD5 lets the service check it end to end (and spares Azurite a slow CRC64).</summary>
    public static async Task StageAsync(BlockBlobClient blob, string blockId, ArraySegment<byte> bytes, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream(bytes.Array!, bytes.Offset, bytes.Count, writable: false);
        await blob.StageBlockAsync(
            blockId,
            content,
            new BlockBlobStageBlockOptions
            {
                TransferValidation = new UploadTransferValidationOptions { ChecksumAlgorithm = StorageChecksumAlgorithm.MD5 },
            },
            cancellationToken);
    }

    /// <summary>Ids of the blocks staged and not yet committed; none when the blob does not exist.</summary>
    public static async Task<HashSet<string>> StagedBlockIdsAsync(BlockBlobClient blob, CancellationToken cancellationToken)
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

    /// <summary>The committed length of a blob, or null when it does not exist.</summary>
    public static async Task<long?> CommittedLengthAsync(BlockBlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            BlobProperties properties = await blob.GetPropertiesAsync(cancellationToken: cancellationToken);
            return properties.ContentLength;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    private async Task FillAsync(
        IMediaSource source, long offset, Memory<byte> buffer, StrongBox<int> filledBox, IProgress<long> progress, CancellationToken cancellationToken)
    {
        var total = buffer.Length;
        var filled = filledBox.Value;
        await using var body = await source.OpenRangeAsync(offset + filled, total - filled, cancellationToken);
        using var stall = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        while (filled < total)
        {
            stall.CancelAfter(options.StallTimeout);
            int read;
            try
            {
                read = await body.ReadAsync(buffer[filled..], stall.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"No data for {options.StallTimeout} at byte {offset + filled}.");
            }

            if (read == 0)
            {
                throw new IOException($"The source ended at byte {offset + filled}, {total - filled} bytes short of the segment.");
            }

            filled += read;
            filledBox.Value = filled;
            progress.Report(read);
        }
    }
}
