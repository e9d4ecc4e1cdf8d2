using YouTubeDownloader.Media.IsoBmff;

namespace YouTubeDownloader.Media.OnePass;

/// <summary>
/// The start of a DASH on-demand stream as the one-pass path needs it: the init 'moov' (fragmented: 'mvex', no samples)
/// and a 'sidx' listing every subsegment, found by walking the top-level box headers (the player response's
/// initRange/indexRange would only be hints to check the same way).
/// </summary>
public sealed class StreamHead
{
    /// <summary>Heads larger than this (a 'sidx' of ~80,000 references) are left to the two-step path.</summary>
    public const int MaxHeadBytes = 1 << 20;

    /// <summary>A 'sidx' time and a clip's time this close are the same moment (well under a frame).</summary>
    private const double TimeTolerance = 1e-4;

    private StreamHead(byte[] moovPayload, long length, IReadOnlyList<FragmentRange> fragments)
    {
        MoovPayload = moovPayload;
        Length = length;
        Fragments = fragments;
    }

    public long Length { get; }

    public IReadOnlyList<FragmentRange> Fragments { get; }

    internal byte[] MoovPayload { get; }

    /// <summary>
    /// Reads the head from the first bytes of a stream of <paramref name="length"/> bytes. Returns null either with
    /// <paramref name="needed"/> &gt; 0 (read that many bytes and try again) or with <paramref name="unsupported"/>
    /// saying why the stream must take the two-step path.
    /// </summary>
    public static StreamHead? TryRead(ReadOnlySpan<byte> prefix, long length, out int needed, out string? unsupported)
    {
        needed = 0;
        unsupported = null;
        try
        {
            return Walk(prefix, length, ref needed, ref unsupported);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException)
        {
            unsupported = e.Message;
            return null;
        }
    }

    /// <summary>
    /// Where the fragment playing at <paramref name="seconds"/> starts: a DASH fragment starts on a keyframe, so a clip from
    /// there holds the keyframe at or before its start.
    /// </summary>
    public double FragmentStartAt(double seconds) =>
        Fragments.LastOrDefault(f => f.StartSeconds <= seconds + TimeTolerance) is { Size: > 0 } fragment ? fragment.StartSeconds : Fragments[0].StartSeconds;

    /// <summary>The same stream with only the fragments that overlap [<paramref name="fromSeconds"/>, <paramref name="endSeconds"/>): what a clip fetches.</summary>
    public StreamHead Covering(double fromSeconds, double endSeconds)
    {
        var kept = Fragments
            .Where((f, i) => f.StartSeconds < endSeconds - TimeTolerance
                && (i + 1 == Fragments.Count || Fragments[i + 1].StartSeconds > fromSeconds + TimeTolerance))
            .ToList();
        return new StreamHead(MoovPayload, Length, kept.Count > 0 ? kept : [Fragments[^1]]);
    }

    /// <summary>The 'init' record of the stream's table: the 'moov' payload, framed as a box.</summary>
    public byte[] InitRecord()
    {
        var writer = new BoxWriter(MoovPayload.Length + BoxHeader.CompactLength);
        var box = writer.Start(TableBoxTypes.Init);
        writer.Write(MoovPayload);
        writer.End(box);
        return writer.ToArray();
    }

    /// <summary>
    /// Reads a fetched piece (<paramref name="bytes"/> holds exactly its range) and moves its sample bytes to the front of
    /// <paramref name="bytes"/>; returns its table record and its media length.
    /// </summary>
    /// <exception cref="InvalidDataException">The piece's fragments are malformed.</exception>
    public PieceContent ReadPiece(Piece piece, Span<byte> bytes)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(bytes.Length, piece.Length, nameof(bytes));
        var fragments = Fragments.Skip(piece.FirstFragment).Take(piece.FragmentCount);

        // A first guess of a sample per 512 bytes (AAC frames are ~400, video frames far more); the pooled buffer grows if short.
        var table = new PieceTableRecorder(piece.Index, (int)Math.Min(piece.Length / 512, 1 << 20));
        try
        {
            Mp4TrackReader.RecordPiece(MoovPayload, Length, table, bytes, piece.Offset, fragments);
            return new PieceContent(table, (int)table.MediaLength);
        }
        catch
        {
            table.Dispose();
            throw;
        }
    }

    private static StreamHead? Walk(ReadOnlySpan<byte> prefix, long length, ref int needed, ref string? unsupported)
    {
        byte[]? moov = null;
        for (long position = 0; position < length;)
        {
            if (position + BoxHeader.LargeLength > prefix.Length && prefix.Length < length)
            {
                return More(position + BoxHeader.LargeLength, length, ref needed, ref unsupported);
            }

            var header = BoxHeader.Read(prefix[(int)position..], length - position, topLevel: true);
            var end = position + header.Size;
            switch (header.Type)
            {
                case BoxTypes.Ftyp or BoxTypes.Free or BoxTypes.Skip or BoxTypes.Styp:
                    break;
                case BoxTypes.Moov or BoxTypes.Sidx when end > prefix.Length:
                    return More(end, length, ref needed, ref unsupported);
                case BoxTypes.Moov when moov is null:
                    moov = prefix.Slice((int)position + header.HeaderSize, (int)header.PayloadSize).ToArray();
                    if (!ChildBoxes.TryFind(moov, BoxTypes.Mvex, out _) || Mp4TrackReader.ReadInitTrack(moov, length).Samples.Count != 0)
                    {
                        unsupported = "The stream is not fragmented.";
                        return null;
                    }

                    break;
                case BoxTypes.Sidx when moov is not null:
                    var payload = prefix.Slice((int)position + header.HeaderSize, (int)header.PayloadSize);
                    return FromIndex(moov, length, SegmentIndexBox.ReadIndex(payload, end, length), ref unsupported);
                default:
                    unsupported = $"'{BoxTypes.Name(header.Type)}' at {position} comes before any 'sidx' with a 'moov' ahead of it.";
                    return null;
            }

            position = end;
        }

        unsupported = "The stream has no 'sidx'.";
        return null;
    }

    private static StreamHead? FromIndex(byte[] moov, long length, SegmentIndex index, ref string? unsupported)
    {
        if (index.Timescale == 0 || index.References.Length == 0 || index.References.Any(r => r.IsIndex || r.Size == 0))
        {
            unsupported = "The 'sidx' is empty, hierarchical or has no timescale.";
            return null;
        }

        var fragments = new FragmentRange[index.References.Length];
        var time = index.EarliestPresentationTime;
        for (var i = 0; i < fragments.Length; i++)
        {
            var reference = index.References[i];
            fragments[i] = new FragmentRange(reference.Offset, reference.Size, (double)time / index.Timescale);
            time += reference.Duration;
        }

        return new StreamHead(moov, length, fragments);
    }

    private static StreamHead? More(long end, long length, ref int needed, ref string? unsupported)
    {
        var wanted = Math.Min(end, length);
        if (wanted > MaxHeadBytes)
        {
            unsupported = $"The stream's head passes {MaxHeadBytes} bytes.";
            return null;
        }

        needed = (int)wanted;
        return null;
    }
}
