using YouTubeDownloader.Api.Results;

namespace YouTubeDownloader.Tests.Media;

/// <summary>An output that keeps only its first bytes (the headers worth checking) and counts the rest.</summary>
internal sealed class HeadCaptureStream(int keep) : WriteOnlyStream
{
    private readonly MemoryStream _head = new();

    public byte[] Head => _head.ToArray();

    public long Total { get; private set; }

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
}
