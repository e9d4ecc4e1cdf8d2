using System.Buffers.Binary;
using YouTubeDownloader.Media.IsoBmff;

namespace YouTubeDownloader.Media;

/// <summary>Expanding a progressive 'stbl' (8.5–8.7) into samples. Fragmented inputs usually have empty tables here.</summary>
internal sealed partial class Mp4TrackReader
{
    private void ReadSampleTable(ReadOnlySpan<byte> stbl)
    {
        var stsz = new BoxPayloadReader(ChildBoxes.Require(stbl, BoxTypes.Stsz, BoxTypes.Stbl), BoxTypes.Stsz);
        stsz.ReadFullBoxHeader();
        var constantSize = stsz.ReadUInt32();
        var count = stsz.ReadUInt32();
        if (count == 0)
        {
            return;
        }

        CheckSampleBudget(count);
        var sizes = constantSize == 0 ? stsz.ReadBytes(stsz.CheckEntries(count, 4) * 4) : default;
        var durations = new RunLengthTable(ChildBoxes.Require(stbl, BoxTypes.Stts, BoxTypes.Stbl), BoxTypes.Stts);
        var hasOffsets = ChildBoxes.TryFind(stbl, BoxTypes.Ctts, out var ctts);
        var offsets = hasOffsets ? new RunLengthTable(ctts, BoxTypes.Ctts) : default;
        var syncNumbers = ReadTable(stbl, BoxTypes.Stss, entryLength: 4, required: false);
        var chunks = ReadChunkOffsets(stbl, out var offsetLength);
        var stsc = ReadTable(stbl, BoxTypes.Stsc, entryLength: 12, required: true);

        var sampleIndex = 0;
        var syncCursor = 0;
        for (var entry = 0; entry < stsc.Length / 12 && sampleIndex < count; entry++)
        {
            // 8.7.4: an entry covers chunks from its first_chunk up to the next entry's first_chunk (or the last chunk).
            var firstChunk = ReadUInt32At(stsc, entry * 12);
            var perChunk = ReadUInt32At(stsc, (entry * 12) + 4);
            var description = CheckDescriptionIndex(ReadUInt32At(stsc, (entry * 12) + 8));
            var endChunk = entry + 1 < stsc.Length / 12 ? ReadUInt32At(stsc, (entry + 1) * 12) : (uint)(chunks.Length / offsetLength) + 1;
            if (firstChunk == 0 || endChunk < firstChunk || endChunk - 1 > chunks.Length / offsetLength)
            {
                throw new InvalidDataException("'stsc' refers to chunks that 'stco' does not list.");
            }

            for (var chunk = firstChunk; chunk < endChunk; chunk++)
            {
                var offset = ReadChunkOffset(chunks, (int)(chunk - 1), offsetLength);
                for (var i = 0u; i < perChunk; i++, sampleIndex++)
                {
                    if (sampleIndex >= count)
                    {
                        throw new InvalidDataException("'stsc' describes more samples than 'stsz'.");
                    }

                    var size = constantSize != 0 ? constantSize : ReadUInt32At(sizes, sampleIndex * 4);
                    var sync = syncNumbers.IsEmpty || IsListedSync(syncNumbers, sampleIndex + 1, ref syncCursor);
                    var composition = hasOffsets ? (int)offsets.Next() : 0;
                    AddSample(new Sample(offset, size, durations.Next(), composition, description, sync));
                    offset += size;
                }
            }
        }

        if (sampleIndex != count)
        {
            throw new InvalidDataException($"'stsc' places {sampleIndex} samples; 'stsz' has {count}.");
        }
    }

    private static bool IsListedSync(ReadOnlySpan<byte> syncNumbers, int sampleNumber, ref int cursor)
    {
        // 'stss' lists sample numbers in increasing order (8.6.2.1), so one forward cursor suffices.
        while (cursor < syncNumbers.Length && ReadUInt32At(syncNumbers, cursor) < (uint)sampleNumber)
        {
            cursor += 4;
        }

        return cursor < syncNumbers.Length && ReadUInt32At(syncNumbers, cursor) == (uint)sampleNumber;
    }

    private static ReadOnlySpan<byte> ReadChunkOffsets(ReadOnlySpan<byte> stbl, out int offsetLength)
    {
        offsetLength = ChildBoxes.TryFind(stbl, BoxTypes.Co64, out _) ? 8 : 4;
        return ReadTable(stbl, offsetLength == 8 ? BoxTypes.Co64 : BoxTypes.Stco, offsetLength, required: true);
    }

    private static long ReadChunkOffset(ReadOnlySpan<byte> chunks, int index, int offsetLength)
    {
        var value = offsetLength == 8 ? BinaryPrimitives.ReadUInt64BigEndian(chunks[(index * 8)..]) : ReadUInt32At(chunks, index * 4);
        return value > long.MaxValue ? throw new InvalidDataException("A chunk offset is out of range.") : (long)value;
    }

    /// <summary>The entries of a FullBox table that starts with a 32-bit entry_count, bounds checked.</summary>
    private static ReadOnlySpan<byte> ReadTable(ReadOnlySpan<byte> stbl, uint type, int entryLength, bool required)
    {
        if (!ChildBoxes.TryFind(stbl, type, out var payload))
        {
            return required ? throw new InvalidDataException($"'stbl' has no '{BoxTypes.Name(type)}' box.") : default;
        }

        var reader = new BoxPayloadReader(payload, type);
        reader.ReadFullBoxHeader();
        var count = reader.CheckEntries(reader.ReadUInt32(), entryLength);
        return reader.ReadBytes(count * entryLength);
    }

    private static uint ReadUInt32At(ReadOnlySpan<byte> table, int offset) => BinaryPrimitives.ReadUInt32BigEndian(table[offset..]);
}
