using System.Buffers.Binary;
using YouTubeDownloader.Media.IsoBmff;

namespace YouTubeDownloader.Media;

/// <summary>
/// Gives a progressive file that is stored as the source sent it (a muxed stream: no remux runs) the tags the other
/// paths write: its 'moov' is rewritten with the 'udta' of <see cref="MovieWriter.WriteTags"/> in place of its own, and
/// every chunk offset past the 'moov' moves by the change in its size. Nothing else of the file changes.
/// </summary>
internal static class MovieTagger
{
    /// <param name="moov">The whole 'moov' box, header included.</param>
    /// <param name="moovEnd">Where the 'moov' ends in the file: chunk offsets from there on move.</param>
    /// <exception cref="InvalidDataException">The 'moov' is malformed, or a 32-bit chunk offset would pass 4 GiB.</exception>
    public static byte[] Retag(ReadOnlySpan<byte> moov, long moovEnd, FileTags tags)
    {
        var header = BoxHeader.Read(moov, moov.Length, topLevel: false);
        if (header.Type != BoxTypes.Moov || header.Size != moov.Length)
        {
            throw new InvalidDataException("Expected exactly one whole 'moov' box.");
        }

        var writer = new BoxWriter(moov.Length + (tags.Cover?.Bytes.Length ?? 0) + 4096);
        var box = writer.Start(BoxTypes.Moov);
        var children = moov[header.HeaderSize..];
        for (var position = 0; position + BoxHeader.CompactLength <= children.Length;)
        {
            var child = BoxHeader.Read(children[position..], children.Length - position, topLevel: false);
            if (child.Type != BoxTypes.Udta)
            {
                writer.Write(children.Slice(position, (int)child.Size));
            }

            position += (int)child.Size;
        }

        MovieWriter.WriteTags(writer, tags);
        writer.End(box);
        var retagged = writer.WrittenSpan;
        var delta = retagged.Length - moov.Length;
        if (delta != 0)
        {
            ShiftOffsets(retagged, BoxTypes.Moov, moovEnd, delta);
        }

        return writer.ToArray();
    }

    /// <summary>Walks moov → trak → mdia → minf → stbl and moves the 'stco'/'co64' entries that point past the 'moov'.</summary>
    private static void ShiftOffsets(Span<byte> box, uint type, long moovEnd, long delta)
    {
        var header = BoxHeader.Read(box, box.Length, topLevel: false);
        var payload = box.Slice(header.HeaderSize, (int)header.PayloadSize);
        if (type is BoxTypes.Stco or BoxTypes.Co64)
        {
            ShiftTable(payload, type == BoxTypes.Co64, moovEnd, delta);
            return;
        }

        for (var position = 0; position + BoxHeader.CompactLength <= payload.Length;)
        {
            var child = BoxHeader.Read(payload[position..], payload.Length - position, topLevel: false);
            if (child.Type is BoxTypes.Trak or BoxTypes.Mdia or BoxTypes.Minf or BoxTypes.Stbl or BoxTypes.Stco or BoxTypes.Co64)
            {
                ShiftOffsets(payload.Slice(position, (int)child.Size), child.Type, moovEnd, delta);
            }

            position += (int)child.Size;
        }
    }

    private static void ShiftTable(Span<byte> payload, bool large, long moovEnd, long delta)
    {
        const int entriesStart = 8; // version/flags, entry_count
        var width = large ? 8 : 4;
        if (payload.Length < entriesStart
            || BinaryPrimitives.ReadUInt32BigEndian(payload[4..]) is var count && (long)count * width > payload.Length - entriesStart)
        {
            throw new InvalidDataException("A chunk offset table is shorter than its entry count.");
        }

        for (var i = 0; i < count; i++)
        {
            var entry = payload.Slice(entriesStart + (i * width), width);
            var offset = large ? (long)BinaryPrimitives.ReadUInt64BigEndian(entry) : BinaryPrimitives.ReadUInt32BigEndian(entry);
            if (offset < moovEnd)
            {
                continue;
            }

            var moved = checked(offset + delta);
            if (large)
            {
                BinaryPrimitives.WriteUInt64BigEndian(entry, (ulong)moved);
            }
            else
            {
                BinaryPrimitives.WriteUInt32BigEndian(entry, moved is >= 0 and <= uint.MaxValue
                    ? (uint)moved
                    : throw new InvalidDataException("A 32-bit chunk offset would pass 4 GiB."));
            }
        }
    }
}
