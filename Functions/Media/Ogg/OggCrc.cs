namespace YouTubeDownloader.Media.Ogg;

/// <summary>
/// The Ogg page checksum (RFC 3533 section 6): CRC-32 with the polynomial 0x04C11DB7, MSB first, initial value 0 and no
/// final XOR (not the zlib CRC-32, which is reflected and inverted), over the whole page with its CRC field zeroed.
/// </summary>
public static class OggCrc
{
    private static readonly uint[] Table = BuildTable();

    public static uint Compute(ReadOnlySpan<byte> data, uint crc = 0)
    {
        foreach (var b in data)
        {
            crc = (crc << 8) ^ Table[(crc >> 24) ^ b];
        }

        return crc;
    }

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (uint i = 0; i < 256; i++)
        {
            var r = i << 24;
            for (var bit = 0; bit < 8; bit++)
            {
                r = (r & 0x80000000) != 0 ? (r << 1) ^ 0x04C11DB7 : r << 1;
            }

            table[i] = r;
        }

        return table;
    }
}
