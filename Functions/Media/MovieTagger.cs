using System.Buffers.Binary;
using YouTubeDownloader.Media.IsoBmff;

namespace YouTubeDownloader.Media;

/// <summary>
/// Gives a progressive file that is stored as the source sent it (a muxed stream: no remux runs) the tags the other
/// paths write: its 'moov' is rewritten with the 'udta' of <see cref="MovieWriter.WriteTags"/> in place of its own, and
/// every chunk offset past the 'moov' moves by the change in its size. Nothing else of the file changes, except that
/// subtitle tracks, when given, are added after the file's tracks with their samples in a second 'mdat' appended to the
/// file (<see cref="Retagged.Trailer"/>); text tracks an earlier run added are replaced, not kept twice.
/// </summary>
internal static class MovieTagger
{
    /// <summary>The new 'moov', and the 'mdat' (header and text samples) to append after the file's last byte; empty without text tracks.</summary>
    public readonly record struct Retagged(byte[] Moov, byte[] Trailer);

    /// <param name="fileLength">The file's length without any trailer an earlier run appended: the trailer goes there.</param>
    /// <exception cref="InvalidDataException">The 'moov' is malformed, or a 32-bit chunk offset would pass 4 GiB.</exception>
    public static Retagged Retag(ReadOnlySpan<byte> moov, long moovEnd, FileTags tags, IReadOnlyList<TextTrack> texts, long fileLength)
    {
        var header = BoxHeader.Read(moov, moov.Length, topLevel: false);
        if (header.Type != BoxTypes.Moov || header.Size != moov.Length)
        {
            throw new InvalidDataException("Expected exactly one whole 'moov' box.");
        }

        var children = moov[header.HeaderSize..];
        var (timescale, duration, maxTrackId) = MovieFacts(children);
        var tracks = texts.Select(t => TimedTextTrack.Build(t, (long)(duration * 1000 / timescale))).ToList();
        var samples = tracks.Sum(t => t.MediaBytes);
        if (fileLength + BoxHeader.CompactLength + samples + moov.Length + (1L << 20) > uint.MaxValue)
        {
            tracks.Clear(); // its chunk offsets would not fit 'stco': the file keeps its tags and no text track
        }

        var writer = new BoxWriter(moov.Length + (tags.Cover?.Bytes.Length ?? 0) + (int)samples + 4096);
        var box = writer.Start(BoxTypes.Moov);
        for (var position = 0; position + BoxHeader.CompactLength <= children.Length;)
        {
            var child = BoxHeader.Read(children[position..], children.Length - position, topLevel: false);
            var bytes = children.Slice(position, (int)child.Size);
            if (child.Type == BoxTypes.Mvhd && tracks.Count > 0)
            {
                var at = writer.Length;
                writer.Write(bytes);
                writer.PatchUInt32(at + bytes.Length - 4, maxTrackId + (uint)tracks.Count + 1); // next_track_ID, mvhd's last field
            }
            else if (child.Type != BoxTypes.Udta && !(child.Type == BoxTypes.Trak && IsTextTrack(bytes)))
            {
                writer.Write(bytes);
            }

            position += (int)child.Size;
        }

        var movie = new MovieBox(writer, largeOffsets: false);
        MovieWriter.WriteTextTracks(movie, tracks, maxTrackId + 1);
        MovieWriter.WriteTags(writer, tags);
        writer.End(box);

        // The text samples follow the file's last byte, behind their 'mdat' header; ShiftOffsets below then moves them by
        // the 'moov''s change in size like every other offset past it.
        movie.Relocate(fileLength + BoxHeader.CompactLength);
        var retagged = writer.WrittenSpan;
        var delta = retagged.Length - moov.Length;
        if (delta != 0)
        {
            ShiftOffsets(retagged, BoxTypes.Moov, moovEnd, delta);
        }

        return new Retagged(writer.ToArray(), Trailer(tracks));
    }

    /// <param name="moov">The whole 'moov' box, header included.</param>
    /// <param name="moovEnd">Where the 'moov' ends in the file: chunk offsets from there on move.</param>
    /// <exception cref="InvalidDataException">The 'moov' is malformed, or a 32-bit chunk offset would pass 4 GiB.</exception>
    public static byte[] Retag(ReadOnlySpan<byte> moov, long moovEnd, FileTags tags) => Retag(moov, moovEnd, tags, [], 0).Moov;

    /// <summary>mvhd's timescale and duration (8.2.2), and the largest track_ID of the file's own tracks (8.3.2).</summary>
    private static (uint Timescale, ulong Duration, uint MaxTrackId) MovieFacts(ReadOnlySpan<byte> children)
    {
        uint timescale = 0, maxTrackId = 0;
        ulong duration = 0;
        for (var position = 0; position + BoxHeader.CompactLength <= children.Length;)
        {
            var child = BoxHeader.Read(children[position..], children.Length - position, topLevel: false);
            var payload = children.Slice(position + child.HeaderSize, (int)child.PayloadSize);
            if (child.Type == BoxTypes.Mvhd && payload.Length >= 32)
            {
                var v1 = payload[0] == 1;
                timescale = BinaryPrimitives.ReadUInt32BigEndian(payload[(v1 ? 20 : 12)..]);
                duration = v1 ? BinaryPrimitives.ReadUInt64BigEndian(payload[24..]) : BinaryPrimitives.ReadUInt32BigEndian(payload[16..]);
            }
            else if (child.Type == BoxTypes.Trak && !IsTextTrack(children.Slice(position, (int)child.Size))
                     && FindChild(payload, BoxTypes.Tkhd) is { Length: >= 24 } tkhd)
            {
                maxTrackId = Math.Max(maxTrackId, BinaryPrimitives.ReadUInt32BigEndian(tkhd[(tkhd[0] == 1 ? 20 : 12)..]));
            }

            position += (int)child.Size;
        }

        return timescale > 0 ? (timescale, duration, maxTrackId) : throw new InvalidDataException("The 'moov' has no usable 'mvhd'.");
    }

    /// <summary>A 'trak' whose 'mdia/hdlr' is a subtitle handler: one an earlier run added.</summary>
    private static bool IsTextTrack(ReadOnlySpan<byte> trak)
    {
        var header = BoxHeader.Read(trak, trak.Length, topLevel: false);
        return FindChild(trak.Slice(header.HeaderSize, (int)header.PayloadSize), BoxTypes.Mdia) is { Length: > 0 } mdia
               && FindChild(mdia, BoxTypes.Hdlr) is { Length: >= 12 } hdlr
               && BinaryPrimitives.ReadUInt32BigEndian(hdlr[8..]) == BoxTypes.HandlerSubtitle;
    }

    /// <summary>The payload of the first child box of <paramref name="type"/>, or null.</summary>
    private static ReadOnlySpan<byte> FindChild(ReadOnlySpan<byte> payload, uint type)
    {
        for (var position = 0; position + BoxHeader.CompactLength <= payload.Length;)
        {
            var child = BoxHeader.Read(payload[position..], payload.Length - position, topLevel: false);
            if (child.Type == type)
            {
                return payload.Slice(position + child.HeaderSize, (int)child.PayloadSize);
            }

            position += (int)child.Size;
        }

        return null;
    }

    /// <summary>An 'mdat' (8.1.1) holding the text tracks' samples in track order; empty for none.</summary>
    private static byte[] Trailer(IReadOnlyList<InputTrack> tracks)
    {
        if (tracks.Count == 0)
        {
            return [];
        }

        var writer = new BoxWriter();
        var mdat = writer.Start(BoxTypes.Mdat);
        foreach (var track in tracks)
        {
            writer.Write(((MemoryStream)track.Stream).ToArray());
        }

        writer.End(mdat);
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
