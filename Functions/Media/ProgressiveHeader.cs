using System.Buffers.Binary;
using YouTubeDownloader.Media.IsoBmff;

namespace YouTubeDownloader.Media;

/// <summary>
/// Everything before the media of a progressive file: 'ftyp', 'moov' (chunk offsets final) and the 'mdat' header.
/// </summary>
internal sealed record ProgressiveHeader(byte[] FileType, MovieBox Movie, byte[] MediaDataHeader, long MediaBytes)
{
    public long Length => FileType.Length + Movie.Length + MediaDataHeader.Length;

    /// <summary>
    /// Lays out <paramref name="order"/> (the chunks in file order) after the header. Every table is known before the first
    /// media byte ("faststart"): chunk offsets are first relative to the media start; the 'moov' size then fixes where the
    /// media starts, and 'co64' is chosen when the file passes 4 GiB. The <paramref name="tags"/> sit in the 'moov', so their
    /// size moves the media like any table's.
    /// </summary>
    public static ProgressiveHeader Write(IReadOnlyList<InputTrack> tracks, List<OutputChunk> order, FileTags tags)
    {
        ChunkPlanner.AssignOffsets(order, 0);
        // The chunks, not the tracks: a one-pass clip's blocks may hold bytes no sample uses (ChunkPlanner.Unused).
        var mediaBytes = order.Sum(c => c.Bytes);
        var fileType = MovieWriter.WriteFileType(tracks);
        var mdatHeaderLength = mediaBytes + BoxHeader.CompactLength > uint.MaxValue ? BoxHeader.LargeLength : BoxHeader.CompactLength;
        var moov = MovieWriter.WriteMovie(tracks, order, largeOffsets: false, tags);
        if ((long)fileType.Length + moov.Length + mdatHeaderLength + mediaBytes > uint.MaxValue)
        {
            moov = MovieWriter.WriteMovie(tracks, order, largeOffsets: true, tags);
        }

        moov.Relocate((long)fileType.Length + moov.Length + mdatHeaderLength);
        return new ProgressiveHeader(fileType, moov, WriteMediaDataHeader(mediaBytes, mdatHeaderLength), mediaBytes);
    }

    /// <summary>The three parts in one array: the one-pass path stages them as one block.</summary>
    public byte[] ToArray() => [.. FileType, .. Movie.Bytes.Span, .. MediaDataHeader];

    /// <summary>'mdat' header (8.1.1), with a 64-bit largesize (4.2) when the media passes 4 GiB.</summary>
    private static byte[] WriteMediaDataHeader(long mediaBytes, int headerLength)
    {
        var header = new byte[headerLength];
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), BoxTypes.Mdat);
        if (headerLength == BoxHeader.LargeLength)
        {
            BinaryPrimitives.WriteUInt32BigEndian(header, 1);
            BinaryPrimitives.WriteUInt64BigEndian(header.AsSpan(8), (ulong)(mediaBytes + headerLength));
        }
        else
        {
            BinaryPrimitives.WriteUInt32BigEndian(header, (uint)(mediaBytes + headerLength));
        }

        return header;
    }
}
