namespace YouTubeDownloader.Tests.Media;

/// <summary>A seekable input of any length made of a real prefix (the boxes) followed by zeros (the media): no disk.</summary>
internal sealed class ZeroTailStream(byte[] prefix, long length) : Stream
{
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => length;

    public override long Position
    {
        get => _position;
        set => _position = value;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = (int)Math.Min(buffer.Length, Math.Max(0, length - _position));
        var fromPrefix = (int)Math.Clamp(prefix.Length - _position, 0, n);
        prefix.AsSpan((int)Math.Min(_position, prefix.Length), fromPrefix).CopyTo(buffer);
        buffer[fromPrefix..n].Clear();
        _position += n;
        return n;
    }

    public override long Seek(long offset, SeekOrigin origin) => _position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => _position + offset,
        _ => length + offset,
    };

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
