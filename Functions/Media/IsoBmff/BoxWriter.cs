using System.Buffers.Binary;

namespace YouTubeDownloader.Media.IsoBmff;

/// <summary>Builds boxes in memory, big-endian; a box's size is patched when it is closed.</summary>
internal sealed class BoxWriter
{
    private byte[] _data;
    private int _length;

    /// <param name="capacity">A good estimate saves the copies of a growing buffer (a 'moov' can be several MB).</param>
    public BoxWriter(int capacity = 4096) => _data = new byte[Math.Max(capacity, 16)];

    public int Length => _length;

    public ReadOnlyMemory<byte> Written => _data.AsMemory(0, _length);

    public Span<byte> WrittenSpan => _data.AsSpan(0, _length);

    /// <summary>Opens a box with a 32-bit size (patched by <see cref="End"/>) and returns where it starts.</summary>
    public int Start(uint type)
    {
        var start = _length;
        WriteUInt32(0);
        WriteUInt32(type);
        return start;
    }

    /// <summary>Opens a FullBox (4.2): version and 24-bit flags follow the type.</summary>
    public int StartFull(uint type, byte version, uint flags)
    {
        var start = Start(type);
        WriteUInt32(((uint)version << 24) | (flags & 0x00FF_FFFF));
        return start;
    }

    public void End(int start)
    {
        BinaryPrimitives.WriteUInt32BigEndian(_data.AsSpan(start), checked((uint)(_length - start)));
    }

    /// <summary>Overwrites a 32-bit field written earlier (an entry count known only after the entries).</summary>
    public void PatchUInt32(int position, uint value) => BinaryPrimitives.WriteUInt32BigEndian(_data.AsSpan(position, 4), value);

    public void WriteUInt8(byte value) => Take(1)[0] = value;

    public void WriteUInt16(ushort value) => BinaryPrimitives.WriteUInt16BigEndian(Take(2), value);

    public void WriteUInt32(uint value) => BinaryPrimitives.WriteUInt32BigEndian(Take(4), value);

    public void WriteUInt64(ulong value) => BinaryPrimitives.WriteUInt64BigEndian(Take(8), value);

    /// <summary>A 64-bit field when <paramref name="version"/> is 1, else 32-bit (the caller picked the version to fit).</summary>
    public void WriteUIntForVersion(byte version, ulong value)
    {
        if (version == 1)
        {
            WriteUInt64(value);
        }
        else
        {
            WriteUInt32(checked((uint)value));
        }
    }

    public void Write(ReadOnlySpan<byte> bytes) => bytes.CopyTo(Take(bytes.Length));

    public void WriteZeros(int count) => Take(count).Clear();

    public byte[] ToArray() => _data.AsSpan(0, _length).ToArray();

    private Span<byte> Take(int count)
    {
        if (_data.Length - _length < count)
        {
            Array.Resize(ref _data, Math.Max(checked(_length + count), checked(_data.Length * 2)));
        }

        var span = _data.AsSpan(_length, count);
        _length += count;
        return span;
    }
}
