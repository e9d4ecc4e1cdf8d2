using System.Buffers.Binary;

namespace YouTubeDownloader.Media.WebM;

/// <summary>Walks the child elements of a master element held in memory (a TrackEntry, a BlockGroup: small).</summary>
internal ref struct EbmlSpanReader(ReadOnlySpan<byte> data)
{
    private readonly ReadOnlySpan<byte> data = data;
    private int position;

    /// <summary>Where the payload of the element last read starts in the data (for slicing the array it came from).</summary>
    public int PayloadOffset { get; private set; }

    /// <summary>The next child and its payload; false at the end.</summary>
    public bool TryRead(out uint id, out ReadOnlySpan<byte> payload)
    {
        if (position >= data.Length)
        {
            id = 0;
            payload = default;
            return false;
        }

        id = EbmlVarInt.ReadId(data[position..], out var idLength);
        var size = EbmlVarInt.ReadSize(data[(position + idLength)..], out var sizeLength);
        var start = position + idLength + sizeLength;
        // An unknown size inside a master read whole runs to that master's end.
        var length = size ?? data.Length - start;
        if (length > data.Length - start)
        {
            throw new EndOfStreamException($"WebM element 0x{id:X} runs past its parent.");
        }

        PayloadOffset = start;
        payload = data.Slice(start, (int)length);
        position = start + (int)length;
        return true;
    }

    /// <summary>An unsigned integer element's value (0 to 8 bytes, big-endian).</summary>
    public static ulong UInt(ReadOnlySpan<byte> payload)
    {
        if (payload.Length > 8)
        {
            throw new InvalidDataException("A WebM integer is longer than 8 bytes.");
        }

        ulong value = 0;
        foreach (var b in payload)
        {
            value = (value << 8) | b;
        }

        return value;
    }

    /// <summary>A signed integer element's value (two's complement, 0 to 8 bytes).</summary>
    public static long Int(ReadOnlySpan<byte> payload)
    {
        if (payload.IsEmpty)
        {
            return 0;
        }

        var value = (long)UInt(payload);
        var unused = 64 - (8 * payload.Length);
        return unused == 0 ? value : (value << unused) >> unused;
    }

    public static short Int16(ReadOnlySpan<byte> payload) => BinaryPrimitives.ReadInt16BigEndian(payload);
}
