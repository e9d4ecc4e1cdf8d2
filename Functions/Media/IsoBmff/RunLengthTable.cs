using System.Buffers.Binary;

namespace YouTubeDownloader.Media.IsoBmff;

/// <summary>
/// Expands a table of (sample_count, value) pairs, as in 'stts' (8.6.1.2) and 'ctts' (8.6.1.3), one sample at a time.
/// </summary>
internal ref struct RunLengthTable
{
    private const int EntryLength = 8;

    private readonly ReadOnlySpan<byte> _entries;
    private readonly uint _boxType;
    private int _next;
    private uint _left;
    private uint _value;

    public RunLengthTable(ReadOnlySpan<byte> boxPayload, uint boxType)
    {
        var reader = new BoxPayloadReader(boxPayload, boxType);
        reader.ReadFullBoxHeader();
        var count = reader.CheckEntries(reader.ReadUInt32(), EntryLength);
        _entries = reader.ReadBytes(count * EntryLength);
        _boxType = boxType;
        _next = 0;
        _left = 0;
        _value = 0;
    }

    /// <summary>The value for the next sample; running out of entries is malformed data.</summary>
    public uint Next()
    {
        while (_left == 0)
        {
            if (_next >= _entries.Length)
            {
                throw new InvalidDataException($"'{BoxTypes.Name(_boxType)}' describes fewer samples than 'stsz'.");
            }

            _left = BinaryPrimitives.ReadUInt32BigEndian(_entries[_next..]);
            _value = BinaryPrimitives.ReadUInt32BigEndian(_entries[(_next + 4)..]);
            _next += EntryLength;
        }

        _left--;
        return _value;
    }
}
