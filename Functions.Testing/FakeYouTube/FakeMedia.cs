namespace YouTubeDownloader.Testing.FakeYouTube;

/// <summary>The bytes the fake serves for one stream: any length without holding it in memory.</summary>
public abstract class FakeMedia
{
    public abstract long Length { get; }

    /// <summary>Fills <paramref name="destination"/> with the bytes from <paramref name="offset"/>.</summary>
    public abstract void Read(long offset, Span<byte> destination);

    /// <summary>A deterministic pseudo-random pattern, cheap to generate and to check (<see cref="ByteAt"/>).</summary>
    public static FakeMedia Pattern(long length, int seed) => new PatternMedia(length, seed);

    public static FakeMedia FromBytes(byte[] bytes) => new BytesMedia(bytes);

    /// <summary>The byte <see cref="Pattern"/> puts at <paramref name="position"/>.</summary>
    public static byte ByteAt(int seed, long position)
    {
        var x = unchecked((ulong)position * 0x9E3779B97F4A7C15UL + (ulong)seed * 0xBF58476D1CE4E5B9UL);
        x ^= x >> 31;
        return (byte)(x ^ (x >> 17));
    }

    private sealed class PatternMedia(long length, int seed) : FakeMedia
    {
        public override long Length => length;

        public override void Read(long offset, Span<byte> destination)
        {
            for (var i = 0; i < destination.Length; i++)
            {
                destination[i] = ByteAt(seed, offset + i);
            }
        }
    }

    private sealed class BytesMedia(byte[] bytes) : FakeMedia
    {
        public override long Length => bytes.Length;

        public override void Read(long offset, Span<byte> destination) => bytes.AsSpan(checked((int)offset), destination.Length).CopyTo(destination);
    }
}
