using System.Text;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using YouTubeDownloader.Transfer;

namespace YouTubeDownloader.Assembling;

/// <summary>
/// A write-only stream into a block blob that stages a block every <see cref="BlockBytes"/> and commits only when told
/// (<see cref="CommitAsync"/>), unlike the SDK's <c>OpenWriteAsync</c> stream, which commits what it has on dispose, so a
/// failed write would leave a cut-short file. Block ids are fixed, so a retry restages the same blocks; a failure leaves
/// only uncommitted blocks, deleted with the task's blobs.
/// </summary>
public sealed class StagedBlockStream(BlockBlobClient blob) : Stream
{
    public const int BlockBytes = 4 << 20;

    private readonly byte[] buffer = new byte[BlockBytes];
    private int filled;
    private int blocks;
    private long length;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => length;

    public override long Position { get => length; set => throw new NotSupportedException(); }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> source, CancellationToken cancellationToken = default)
    {
        while (!source.IsEmpty)
        {
            var take = Math.Min(source.Length, BlockBytes - filled);
            source[..take].CopyTo(buffer.AsMemory(filled));
            filled += take;
            length += take;
            source = source[take..];
            if (filled == BlockBytes)
            {
                await StageAsync(cancellationToken);
            }
        }
    }

    public override Task WriteAsync(byte[] array, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(array.AsMemory(offset, count), cancellationToken).AsTask();

    /// <summary>Stages what is left and commits every block as the blob, with its content type.</summary>
    public async Task CommitAsync(string contentType, CancellationToken cancellationToken)
    {
        if (filled > 0)
        {
            await StageAsync(cancellationToken);
        }

        await blob.CommitBlockListAsync(
            Enumerable.Range(0, blocks).Select(BlockId),
            new CommitBlockListOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } },
            cancellationToken);
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override void Flush()
    {
    }

    // Every write goes through the async path: blocking on Blob Storage would hold a thread per block.
    public override void Write(byte[] array, int offset, int count) => throw new NotSupportedException();

    public override int Read(byte[] array, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private async Task StageAsync(CancellationToken cancellationToken)
    {
        await RangeFetcher.StageAsync(blob, BlockId(blocks), new ArraySegment<byte>(buffer, 0, filled), cancellationToken);
        blocks++;
        filled = 0;
    }

    /// <summary>Fixed width, as every block id of a blob must be.</summary>
    private static string BlockId(int index) => Convert.ToBase64String(Encoding.ASCII.GetBytes($"o-{index:D6}"));
}
