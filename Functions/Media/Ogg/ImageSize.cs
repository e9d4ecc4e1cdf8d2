using System.Buffers.Binary;

namespace YouTubeDownloader.Media.Ogg;

/// <summary>A cover's pixel size, read from its header (PNG's IHDR, a JPEG's start-of-frame); 0×0 when it cannot be found.</summary>
public static class ImageSize
{
    public static (int Width, int Height) Of(CoverImage cover)
    {
        var bytes = cover.Bytes.AsSpan();
        if (cover.Format == CoverFormat.Png)
        {
            // Signature (8), IHDR length and type (8), then width and height.
            return bytes.Length >= 24 ? ((int)BinaryPrimitives.ReadUInt32BigEndian(bytes[16..]), (int)BinaryPrimitives.ReadUInt32BigEndian(bytes[20..])) : (0, 0);
        }

        // JPEG: walk the marker segments to the first SOFn (0xC0–0xCF but DHT C4, JPG C8, DAC CC).
        var at = 2;
        while (at + 9 <= bytes.Length && bytes[at] == 0xFF)
        {
            var marker = bytes[at + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 2)..]);
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                return (BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 5)..]));
            }

            at += 2 + length;
        }

        return (0, 0);
    }
}
