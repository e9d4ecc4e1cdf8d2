namespace YouTubeDownloader.Media;

/// <summary>A cover picture in a format an MP4 'covr' item can say it holds (JPEG or PNG).</summary>
public sealed record CoverImage(byte[] Bytes, CoverFormat Format)
{
    private static ReadOnlySpan<byte> JpegStart => [0xFF, 0xD8, 0xFF];

    private static ReadOnlySpan<byte> PngSignature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>
    /// The image as a cover when its bytes start as a JPEG or PNG does; null for anything else (a WebP thumbnail has no
    /// 'covr' data type players agree on). The bytes decide, not the server's Content-Type.
    /// </summary>
    public static CoverImage? From(byte[] bytes) =>
        bytes.AsSpan().StartsWith(JpegStart) ? new CoverImage(bytes, CoverFormat.Jpeg)
        : bytes.AsSpan().StartsWith(PngSignature) ? new CoverImage(bytes, CoverFormat.Png)
        : null;
}
