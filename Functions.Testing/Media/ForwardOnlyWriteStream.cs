using YouTubeDownloader.Api.Results;

namespace YouTubeDownloader.Testing.Media;

/// <summary>A write-only, non-seekable stream like a blob upload stream: any seek or position use fails the test.</summary>
public sealed class ForwardOnlyWriteStream(Stream inner) : WriteOnlyStream
{
    public long Written { get; private set; }

    public override long Length => throw new NotSupportedException("The output must not be measured.");

    public override long Position
    {
        get => throw new NotSupportedException("The output position must not be used.");
        set => throw new NotSupportedException("The output must not be seeked.");
    }

    public override void Write(byte[] buffer, int offset, int count)
    {
        inner.Write(buffer, offset, count);
        Written += count;
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await inner.WriteAsync(buffer, cancellationToken);
        Written += buffer.Length;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush() => inner.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException("The output must not be seeked.");

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
