namespace YouTubeDownloader.Testing.Media;

/// <summary>Bytes a <see cref="LocalMediaServer"/> serves: held in memory, or computed so that 1 GiB costs no memory.</summary>
public abstract class MediaContent
{
    public abstract long Length { get; }

    public abstract void CopyTo(long offset, Span<byte> destination);

    public static MediaContent FromBytes(byte[] bytes) => new ByteContent(bytes);

    /// <summary>A deterministic pseudo-random pattern: byte <c>i</c> depends on <c>i</c> and the seed only.</summary>
    public static MediaContent Pattern(long length, int seed = 1) => new PatternContent(length, seed);

    public byte[] ToArray()
    {
        var bytes = new byte[Length];
        CopyTo(0, bytes);
        return bytes;
    }

    private sealed class ByteContent(byte[] bytes) : MediaContent
    {
        public override long Length => bytes.LongLength;

        public override void CopyTo(long offset, Span<byte> destination) =>
            bytes.AsSpan(checked((int)offset), destination.Length).CopyTo(destination);
    }

    private sealed class PatternContent(long length, int seed) : MediaContent
    {
        public override long Length => length;

        public override void CopyTo(long offset, Span<byte> destination)
        {
            for (var i = 0; i < destination.Length; i++)
            {
                var x = (ulong)(offset + i) * 0x9E3779B97F4A7C15UL ^ (ulong)seed;
                destination[i] = (byte)(x >> 56);
            }
        }
    }
}
