using System.Buffers.Binary;

namespace YouTubeDownloader.Media.IsoBmff;

/// <summary>Reads big-endian fields from a box payload; running past its end is malformed data.</summary>
internal ref struct BoxPayloadReader
{
    private readonly ReadOnlySpan<byte> _data;
    private readonly uint _boxType;
    private int _position;

    public BoxPayloadReader(ReadOnlySpan<byte> data, uint boxType)
    {
        _data = data;
        _boxType = boxType;
        _position = 0;
    }

    public readonly int Remaining => _data.Length - _position;

    /// <summary>Version (8 bits) and flags (24 bits) of a FullBox (4.2).</summary>
    public (byte Version, uint Flags) ReadFullBoxHeader()
    {
        var word = ReadUInt32();
        return ((byte)(word >> 24), word & 0x00FF_FFFF);
    }

    public ushort ReadUInt16() => BinaryPrimitives.ReadUInt16BigEndian(Take(2));

    public uint ReadUInt32() => BinaryPrimitives.ReadUInt32BigEndian(Take(4));

    public int ReadInt32() => BinaryPrimitives.ReadInt32BigEndian(Take(4));

    public ulong ReadUInt64() => BinaryPrimitives.ReadUInt64BigEndian(Take(8));

    /// <summary>A 32-bit field for version 0 of a box, 64-bit for version 1.</summary>
    public ulong ReadUIntForVersion(byte version) => version == 1 ? ReadUInt64() : ReadUInt32();

    public ReadOnlySpan<byte> ReadBytes(int count) => Take(count);

    public void Skip(int count) => Take(count);

    /// <summary>Throws unless <paramref name="count"/> entries of <paramref name="entrySize"/> bytes fit in what is left.</summary>
    public readonly int CheckEntries(uint count, int entrySize)
    {
        if ((ulong)count * (ulong)entrySize > (ulong)Remaining)
        {
            throw new InvalidDataException(
                $"'{BoxTypes.Name(_boxType)}' declares {count} entries of {entrySize} bytes; only {Remaining} bytes remain.");
        }

        return (int)count;
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count < 0 || count > Remaining)
        {
            throw new InvalidDataException($"'{BoxTypes.Name(_boxType)}' box is too short.");
        }

        var slice = _data.Slice(_position, count);
        _position += count;
        return slice;
    }
}
