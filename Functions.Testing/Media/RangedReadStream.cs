namespace YouTubeDownloader.Testing.Media;

/// <summary>
/// Behaves like a blob read stream opened with a buffer size: any read outside the current buffer fetches one
/// buffer-sized range from the inner stream (one "ranged GET"). Counts the fetches and the bytes they pull.
/// </summary>
public sealed class RangedReadStream(Stream inner, int bufferSize) : Stream
{
    private readonly byte[] _buffer = new byte[bufferSize];
    private long _bufferStart = -1;
    private int _bufferLength;
    private long _position;

    public int Requests { get; private set; }

    public long FetchedBytes { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => inner.Length;

    public override long Position
    {
        get => _position;
        set => Seek(value, SeekOrigin.Begin);
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_position >= inner.Length || count == 0)
        {
            return 0;
        }

        if (_bufferStart < 0 || _position < _bufferStart || _position >= _bufferStart + _bufferLength)
        {
            inner.Position = _position;
            _bufferLength = inner.Read(_buffer, 0, (int)Math.Min(_buffer.Length, inner.Length - _position));
            _bufferStart = _position;
            Requests++;
            FetchedBytes += _bufferLength;
        }

        var n = (int)Math.Min(count, _bufferStart + _bufferLength - _position);
        Array.Copy(_buffer, _position - _bufferStart, buffer, offset, n);
        _position += n;
        return n;
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        _position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            _ => inner.Length + offset,
        };
        return _position;
    }

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
