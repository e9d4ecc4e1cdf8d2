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
    /// <exception cref="InvalidDataException">A table is malformed or describes an unusable track.</exception>
    public static OnePassFile Plan(IReadOnlyList<(byte[] Table, long SourceLength)> streams)
    {
        ArgumentOutOfRangeException.ThrowIfZero(streams.Count);
        var tracks = new List<InputTrack>();
        var pieces = new List<List<PieceTable>>();
        foreach (var (table, length) in streams)
        {
            var (moov, tables) = ReadTable(table);
            tracks.Add(Mp4TrackReader.Replay(moov, length, tables));
            pieces.Add(tables);
        }

        var blocks = Interleave(pieces);
        var layout = blocks.Select(b => (b.Stream, b.FirstSample, b.Table.Samples.Count)).ToList();
        var header = ProgressiveHeader.Write(tracks, ChunkPlanner.ForBlocks(tracks, layout));
        return new OnePassFile(
            header.ToArray(), blocks.Select(b => new OnePassBlock(b.Stream, b.Table.Index, b.Table.MediaLength)).ToList(), header.Length + header.MediaBytes);
    }

    /// <summary>Window by window, the first stream's piece first; a stream with no fragment starting in a window has no piece there.</summary>
    private static List<(int Stream, PieceTable Table, int FirstSample)> Interleave(List<List<PieceTable>> pieces)
    {
        var blocks = new List<(int Stream, PieceTable Table, int FirstSample)>();
        for (var stream = 0; stream < pieces.Count; stream++)
        {
            var first = 0;
            foreach (var table in pieces[stream])
            {
                if (table.Samples.Count > 0)
                {
                    blocks.Add((stream, table, first));
                }

                first += table.Samples.Count;
            }
        }

        // A stable sort: within a window, the streams keep their input order (video first).
        return blocks.OrderBy(b => b.Table.Index).ToList();
    }

    private static (byte[] Moov, List<PieceTable> Pieces) ReadTable(byte[] table)
    {
        byte[]? moov = null;
        var pieces = new List<PieceTable>();
        var records = new ChildBoxes(table);
        while (records.MoveNext())
        {
            switch (records.Type)
            {
                case TableBoxTypes.Init when moov is null:
                    moov = records.Payload.ToArray();
                    break;
                case TableBoxTypes.Piece:
                    var piece = PieceTable.Read(records.Payload);
                    if (pieces.Count > 0 && piece.Index <= pieces[^1].Index)
                    {
                        throw new InvalidDataException($"Piece table {piece.Index} follows piece table {pieces[^1].Index}.");
                    }

                    pieces.Add(piece);
                    break;
                default:
                    throw new InvalidDataException($"Unexpected '{BoxTypes.Name(records.Type)}' record in a stream table.");
            }
        }

        return (moov ?? throw new InvalidDataException("The stream table has no 'init' record."), pieces);
    }
}
