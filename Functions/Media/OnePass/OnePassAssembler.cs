using YouTubeDownloader.Media.IsoBmff;

namespace YouTubeDownloader.Media.OnePass;

/// <summary>
/// Plans the final file from the streams' tables alone (no media byte is read): the tracks are rebuilt from the tables,
/// blocks are ordered window by window (the video's piece, then the audio's), chunks are cut inside the blocks, and the
/// header is written with chunk offsets that follow that order.
/// </summary>
public static class OnePassAssembler
{
    /// <param name="streams">Per stream, video first: its table blob's content and the stream's length in bytes.</param>
    /// <param name="tags">What the 'moov' says about the file; none when null.</param>
    /// <param name="texts">Subtitle tracks written as timed text after the media (<see cref="OnePassFile.Trailer"/>); none when null.</param>
    /// <param name="clip">Keeps only this span (<see cref="ClipCut"/>) of the fetched fragments: the samples outside it stay in
    /// their blocks unused, and a block with none inside is left out of the file.</param>
    /// <exception cref="InvalidDataException">A table is malformed or describes an unusable track.</exception>
    public static OnePassFile Plan(
        IReadOnlyList<(ReadOnlyMemory<byte> Table, long SourceLength)> streams,
        FileTags? tags = null,
        IReadOnlyList<TextTrack>? texts = null,
        MediaClip? clip = null)
    {
        ArgumentOutOfRangeException.ThrowIfZero(streams.Count);
        (tags, texts) = Mp4Remuxer.Clipped(tags ?? FileTags.None, texts ?? [], clip);
        var tracks = new List<InputTrack>();
        var pieces = new List<List<PieceSummary>>();
        foreach (var (table, length) in streams)
        {
            // Piece tables are read one at a time while the track is rebuilt: only the track's sample list stays.
            var summaries = new List<PieceSummary>();
            tracks.Add(Mp4TrackReader.Replay(InitOf(table.Span), length, ReadPieces(table, summaries)));
            pieces.Add(summaries);
        }

        var blocks = Interleave(pieces);
        var kept = blocks.Select(b => (b.Stream, b.FirstSample, b.Piece.SampleCount, UnusedBefore: 0L, UnusedAfter: 0L)).ToList();
        if (clip is not null)
        {
            var ranges = ClipCut.Select(tracks, clip.StartMs, clip.EndMs);
            (blocks, kept) = Keep(tracks, ranges, blocks);
            for (var t = 0; t < tracks.Count; t++)
            {
                tracks[t] = ClipCut.Apply(tracks[t], ranges[t]);
            }
        }

        var order = ChunkPlanner.ForBlocks(tracks, kept);
        var endMs = TimedTextTrack.EndMs(tracks);
        tracks.AddRange((texts ?? []).Select(t => TimedTextTrack.Build(t, endMs)));
        ChunkPlanner.AppendText(order, tracks, streams.Count);
        var header = ProgressiveHeader.Write(tracks, order, tags ?? FileTags.None);
        byte[] trailer = [.. tracks.Skip(streams.Count).SelectMany(t => ((MemoryStream)t.Stream).ToArray())];
        return new OnePassFile(
            header.ToArray(),
            blocks.Select(b => new OnePassBlock(b.Stream, b.Piece.Index, b.Piece.MediaLength)).ToList(),
            header.Length + header.MediaBytes,
            trailer);
    }

    /// <summary>Window by window, the first stream's piece first; a stream with no fragment starting in a window has no piece there.</summary>
    private static List<(int Stream, PieceSummary Piece, int FirstSample)> Interleave(List<List<PieceSummary>> pieces)
    {
        var blocks = new List<(int Stream, PieceSummary Piece, int FirstSample)>();
        for (var stream = 0; stream < pieces.Count; stream++)
        {
            var first = 0;
            foreach (var piece in pieces[stream])
            {
                if (piece.SampleCount > 0)
                {
                    blocks.Add((stream, piece, first));
                }

                first += piece.SampleCount;
            }
        }

        // A stable sort: within a window, the streams keep their input order (video first).
        return blocks.OrderBy(b => b.Piece.Index).ToList();
    }

    /// <summary>
    /// The blocks holding any of the clip's samples, each with its samples renumbered on the clipped track and the bytes
    /// of its samples outside the clip before and after them.
    /// </summary>
    private static (List<(int Stream, PieceSummary Piece, int FirstSample)> Blocks, List<(int, int, int, long, long)> Kept) Keep(
        List<InputTrack> tracks, List<ClipRange> ranges, List<(int Stream, PieceSummary Piece, int FirstSample)> blocks)
    {
        var keptBlocks = new List<(int Stream, PieceSummary Piece, int FirstSample)>();
        var kept = new List<(int, int, int, long, long)>();
        foreach (var block in blocks)
        {
            var (range, samples) = (ranges[block.Stream], tracks[block.Stream].Samples);
            var (first, end) = (block.FirstSample, block.FirstSample + block.Piece.SampleCount);
            var (from, to) = (Math.Max(first, range.From), Math.Min(end, range.To));
            if (from >= to)
            {
                continue;
            }

            long before = 0, after = 0;
            for (var i = first; i < from; i++)
            {
                before += samples[i].Size;
            }

            for (var i = to; i < end; i++)
            {
                after += samples[i].Size;
            }

            keptBlocks.Add(block);
            kept.Add((block.Stream, from - range.From, to - from, before, after));
        }

        return (keptBlocks, kept);
    }

    private static byte[] InitOf(ReadOnlySpan<byte> table)
    {
        var records = new ChildBoxes(table);
        return records.MoveNext() && records.Type == TableBoxTypes.Init
            ? records.Payload.ToArray()
            : throw new InvalidDataException("The stream table does not start with its 'init' record.");
    }

    /// <summary>The piece tables after the 'init' record, in order, each noted in <paramref name="summaries"/> as it is read.</summary>
    private static IEnumerable<PieceTable> ReadPieces(ReadOnlyMemory<byte> table, List<PieceSummary> summaries)
    {
        var position = 0;
        var first = true;
        while (position < table.Length)
        {
            var (type, payload, size) = NextRecord(table.Span[position..]);
            if (first != (type == TableBoxTypes.Init) || (!first && type != TableBoxTypes.Piece))
            {
                throw new InvalidDataException($"Unexpected '{BoxTypes.Name(type)}' record in a stream table.");
            }

            if (!first)
            {
                var piece = PieceTable.Read(table.Span.Slice(position + payload.Start, payload.Length));
                if (summaries.Count > 0 && piece.Index <= summaries[^1].Index)
                {
                    throw new InvalidDataException($"Piece table {piece.Index} follows piece table {summaries[^1].Index}.");
                }

                summaries.Add(new PieceSummary(piece.Index, piece.Samples.Count, piece.MediaLength));
                yield return piece;
            }

            first = false;
            position += size;
        }
    }

    private static (uint Type, (int Start, int Length) Payload, int Size) NextRecord(ReadOnlySpan<byte> rest)
    {
        var header = BoxHeader.Read(rest, rest.Length, topLevel: false);
        return (header.Type, (header.HeaderSize, (int)header.PayloadSize), (int)header.Size);
    }

    private readonly record struct PieceSummary(int Index, int SampleCount, long MediaLength);
}
