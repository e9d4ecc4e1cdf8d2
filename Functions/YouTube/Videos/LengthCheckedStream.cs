namespace YouTubeDownloader.YouTube.Videos;

/// <summary>
/// A response body that must hold exactly <c>expected</c> bytes: ending early is an <see cref="IOException"/>
/// (the transfer engine resumes from the byte reached), and nothing past the expected end is ever returned.
/// Disposing it disposes the HTTP response.
/// </summary>
internal sealed class LengthCheckedStream(Stream inner, long expected, IDisposable owner) : Stream
{
    private long position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => expected;

    public override long Position
    {
        get => position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var limited = Limit(buffer.Length);
        return limited == 0 ? 0 : Advance(inner.Read(buffer[..limited]), buffer.Length);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var limited = Limit(buffer.Length);
        return limited == 0 ? 0 : Advance(await inner.ReadAsync(buffer[..limited], cancellationToken), buffer.Length);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
            owner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Limit(int wanted) => (int)Math.Min(wanted, expected - position);

    private int Advance(int read, int wanted)
    {
        if (read == 0 && wanted > 0)
        {
            throw new IOException($"The stream ended after {position} of {expected} bytes.");
        }

        position += read;
        return read;
    }
}
