namespace YouTubeDownloader.Media.IsoBmff;

/// <summary>'sidx' (8.16.3): lists the subsegments, so the reader can jump from one 'moof' to the next.</summary>
internal static class SegmentIndexBox
{
    private const int ReferenceLength = 12;
    private const uint ReferencedSizeMask = 0x7FFF_FFFF;

    /// <summary>Reads the references as absolute byte ranges. <paramref name="boxEnd"/> is the offset of the byte after the box.</summary>
    public static SegmentReference[] Read(ReadOnlySpan<byte> payload, long boxEnd, long fileLength) =>
        ReadIndex(payload, boxEnd, fileLength).References;

    /// <summary>The whole index: its timescale and first presentation time as well as the references.</summary>
    public static SegmentIndex ReadIndex(ReadOnlySpan<byte> payload, long boxEnd, long fileLength)
    {
        var reader = new BoxPayloadReader(payload, BoxTypes.Sidx);
        var (version, _) = reader.ReadFullBoxHeader();
        reader.Skip(4); // reference_ID
        var timescale = reader.ReadUInt32();
        var earliest = reader.ReadUIntForVersion(version);
        var firstOffset = reader.ReadUIntForVersion(version);
        reader.Skip(2); // reserved
        var count = reader.CheckEntries(reader.ReadUInt16(), ReferenceLength);

        // 8.16.3.3: the first subsegment starts first_offset bytes after the end of this box.
        var position = checked(boxEnd + (long)Math.Min(firstOffset, (ulong)fileLength + 1));
        var references = new SegmentReference[count];
        for (var i = 0; i < count; i++)
        {
            var word = reader.ReadUInt32();
            var size = word & ReferencedSizeMask; // top bit: reference_type
            var duration = reader.ReadUInt32(); // subsegment_duration
            reader.Skip(4); // SAP fields
            if (position + size > fileLength)
            {
                // A lying index and a truncated file look the same from here; the truncation is far more common.
                throw new EndOfStreamException($"'sidx' reference {i} ends at {position + size}, past the end of the file ({fileLength}).");
            }

            references[i] = new SegmentReference(position, size, duration, IsIndex: (word & ~ReferencedSizeMask) != 0);
            position += size;
        }

        return new SegmentIndex(timescale, earliest, references);
    }
}
