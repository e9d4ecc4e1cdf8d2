using YouTubeDownloader.Media.IsoBmff;
using YouTubeDownloader.Media.OnePass;

namespace YouTubeDownloader.Media;

/// <summary>
/// The one-pass path's use of the reader: a stream's pieces are read as they arrive (in any order, in parallel), each
/// into a <see cref="PieceTableRecorder"/>, and replayed in order at assembly through the same sample logic as a whole-file read.
/// </summary>
internal sealed partial class Mp4TrackReader
{
    /// <summary>Set while reading one piece: samples and 'tfdt's are recorded instead of applied.</summary>
    private PieceTableRecorder? _recording;

    /// <summary>The track an init 'moov' payload describes (no samples for a fragmented stream).</summary>
    public static InputTrack ReadInitTrack(ReadOnlySpan<byte> moovPayload, long length)
    {
        var reader = new Mp4TrackReader(Stream.Null, length);
        reader.ReadMovie(moovPayload);
        return reader._track!;
    }

    /// <summary>
    /// Reads the 'moof's of one piece (<paramref name="bytes"/> holds the stream from <paramref name="offset"/>) and moves
    /// its sample bytes, in order, to the front of <paramref name="bytes"/>: they become the piece's block as they are.
    /// </summary>
    /// <exception cref="InvalidDataException">A fragment is malformed, or its samples lie outside it or out of order.</exception>
    public static void RecordPiece(
        ReadOnlySpan<byte> moovPayload, long length, PieceTableRecorder table, Span<byte> bytes, long offset, IEnumerable<FragmentRange> fragments)
    {
        var reader = new Mp4TrackReader(Stream.Null, length);
        reader.ReadMovie(moovPayload);
        reader._recording = table;
        var written = 0;
        var readFrom = 0L;
        foreach (var fragment in fragments)
        {
            table.FragmentSamples.Clear();
            for (var position = fragment.Offset; position < fragment.End;)
            {
                var at = (int)(position - offset);
                var header = BoxHeader.Read(bytes[at..], fragment.End - position, topLevel: true);
                if (header.Type == BoxTypes.Moof)
                {
                    if (header.PayloadSize > MaxMoofSize)
                    {
                        throw new InvalidDataException($"'moof' is {header.Size} bytes; at most {MaxMoofSize} are accepted.");
                    }

                    reader.ReadFragment(position, bytes.Slice(at + header.HeaderSize, (int)header.PayloadSize));
                }

                position += header.Size;
            }

            // Samples only ever move towards the front, so moving them one after the other in order never overwrites
            // bytes still to be moved (Span.CopyTo handles the overlap).
            foreach (var sample in table.FragmentSamples)
            {
                var from = sample.Offset - offset;
                if (sample.Offset < fragment.Offset || from < readFrom || sample.Offset + sample.Size > fragment.End)
                {
                    throw new InvalidDataException(
                        $"A sample at {sample.Offset} (+{sample.Size} bytes) lies outside its fragment [{fragment.Offset}, {fragment.End}) or before the previous one.");
                }

                bytes.Slice((int)from, (int)sample.Size).CopyTo(bytes[written..]);
                written += (int)sample.Size;
                readFrom = from + sample.Size;
            }
        }
    }

    /// <summary>Rebuilds a track from its init 'moov' and its pieces' tables, in piece order, as a whole-file read would.</summary>
    public static InputTrack Replay(ReadOnlySpan<byte> moovPayload, long length, IEnumerable<PieceTable> pieces)
    {
        var reader = new Mp4TrackReader(Stream.Null, length);
        reader.ReadMovie(moovPayload);
        if (reader._track!.Samples.Count != 0)
        {
            throw new InvalidDataException("The init segment's 'moov' already holds samples.");
        }

        // Offsets only need to be plausible (they are checked against the stream's length): the media is laid out anew.
        var position = 0L;
        foreach (var piece in pieces)
        {
            var next = 0;
            foreach (var (decodeTime, count) in piece.Runs)
            {
                if (decodeTime is { } time)
                {
                    reader.AlignDecodeTime(time);
                }

                reader.CheckSampleBudget((uint)count);
                for (var i = 0; i < count; i++, next++)
                {
                    var sample = piece.Samples[next];
                    reader.AddSample(sample with { Offset = position });
                    position += sample.Size;
                }
            }
        }

        return reader.Finish();
    }
}
