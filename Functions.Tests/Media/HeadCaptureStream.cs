namespace YouTubeDownloader.Tests.Media;

/// <summary>An output that keeps only its first bytes (the headers worth checking) and counts the rest.</summary>
internal sealed class HeadCaptureStream(int keep) : Stream
{
    private readonly MemoryStream _head = new();

    public byte[] Head => _head.ToArray();

    public long Total { get; private set; }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        var room = (int)Math.Clamp(keep - _head.Length, 0, buffer.Length);
        _head.Write(buffer[..room]);
        Total += buffer.Length;
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
