using System.Buffers.Binary;

namespace YouTubeDownloader.Media.IsoBmff;

/// <summary>A box's size and type, as read from its first 8 or 16 bytes (ISO/IEC 14496-12 4.2).</summary>
internal readonly record struct BoxHeader(uint Type, long Size, int HeaderSize)
{
    /// <summary>32-bit size followed by the type.</summary>
    public const int CompactLength = 8;

    /// <summary>size == 1: a 64-bit largesize follows the type.</summary>
    public const int LargeLength = 16;

    private const uint LargeSizeMarker = 1;
    private const uint ToEndOfFileMarker = 0;

    public long PayloadSize => Size - HeaderSize;

    /// <summary>
    /// Reads a header from <paramref name="source"/> (at least 8 bytes; 16 when the box uses a largesize).
    /// <paramref name="available"/> is how many bytes are left in the parent (or file) from the box's start.
    /// </summary>
    public static BoxHeader Read(ReadOnlySpan<byte> source, long available, bool topLevel)
    {
        if (available < CompactLength || source.Length < CompactLength)
        {
            throw Truncated(topLevel, "box header");
        }

        var size32 = BinaryPrimitives.ReadUInt32BigEndian(source);
        var type = BinaryPrimitives.ReadUInt32BigEndian(source[4..]);
        long size;
        var headerSize = CompactLength;
        if (size32 == LargeSizeMarker)
        {
            if (available < LargeLength || source.Length < LargeLength)
            {
                throw Truncated(topLevel, $"'{BoxTypes.Name(type)}' largesize");
            }

            var size64 = BinaryPrimitives.ReadUInt64BigEndian(source[8..]);
            size = size64 > long.MaxValue ? long.MaxValue : (long)size64;
            headerSize = LargeLength;
        }
        else if (size32 == ToEndOfFileMarker)
        {
            // 4.2: size 0 means "to the end of the file", which only makes sense for a top-level box.
            if (!topLevel)
            {
                throw new InvalidDataException($"Box '{BoxTypes.Name(type)}' has size 0 inside a container.");
            }

            size = available;
        }
        else
        {
            size = size32;
        }

        if (size < headerSize)
        {
            throw new InvalidDataException($"Box '{BoxTypes.Name(type)}' declares size {size}, smaller than its header.");
        }

        if (size > available)
        {
            throw topLevel
                ? new EndOfStreamException($"Box '{BoxTypes.Name(type)}' declares {size} bytes; only {available} remain in the file.")
                : new InvalidDataException($"Box '{BoxTypes.Name(type)}' declares {size} bytes; its parent has {available} left.");
        }

        return new BoxHeader(type, size, headerSize);
    }

    private static Exception Truncated(bool topLevel, string what) => topLevel
        ? new EndOfStreamException($"The file ends inside a {what}.")
        : new InvalidDataException($"A container ends inside a {what}.");
}
