using YouTubeDownloader.Media.IsoBmff;

namespace YouTubeDownloader.Media.OnePass;

/// <summary>
/// The sample entries of one fetched piece, as the track reader met them: runs of samples, each run opened by the
/// 'tfdt' of its track fragment when it had one. Replayed in piece order at assembly, they rebuild exactly the sample
/// list the remuxer would read from the whole file. Sample offsets are not kept: the bytes move into the piece's block.
/// Written by <see cref="PieceTableRecorder"/>, read back here.
/// </summary>
internal sealed class PieceTable(int index)
{
    /// <summary>Bytes per sample in the stored form: size, duration, composition offset, description index, sync.</summary>
    public const int SampleLength = 4 + 4 + 4 + 2 + 1;

    /// <summary>Bytes per run: whether it has a decode time, the time, the sample count.</summary>
    public const int RunLength = 1 + 8 + 4;

    public int Index { get; } = index;

    public List<(ulong? DecodeTime, int Count)> Runs { get; } = [];

    public List<Sample> Samples { get; } = [];

    public long MediaLength { get; private set; }

    /// <summary>Reads a 'pice' payload.</summary>
    public static PieceTable Read(ReadOnlySpan<byte> payload)
    {
        var reader = new BoxPayloadReader(payload, TableBoxTypes.Piece);
        var table = new PieceTable((int)reader.ReadUInt32());
        var mediaLength = (long)reader.ReadUInt64();
        var samples = reader.CheckEntries(reader.ReadUInt32(), SampleLength);
        table.Samples.Capacity = samples;
        for (var i = 0; i < samples; i++)
        {
            var size = reader.ReadUInt32();
            var duration = reader.ReadUInt32();
            var composition = reader.ReadInt32();
            var description = reader.ReadUInt16();
            var sync = reader.ReadBytes(1)[0] != 0;
            table.Samples.Add(new Sample(0, size, duration, composition, description, sync));
            table.MediaLength += size;
        }

        var runs = reader.CheckEntries(reader.ReadUInt32(), RunLength);
        var declared = 0L;
        for (var i = 0; i < runs; i++)
        {
            var hasTime = reader.ReadBytes(1)[0] != 0;
            var time = reader.ReadUInt64();
            var count = (int)reader.ReadUInt32();
            table.Runs.Add((hasTime ? time : null, count));
            declared += count;
        }

        if (samples != declared || table.MediaLength != mediaLength)
        {
            throw new InvalidDataException(
                $"Piece table {table.Index} lists {samples} samples of {table.MediaLength} bytes; its runs say {declared}, its head {mediaLength} bytes.");
        }

        return table;
    }
}
