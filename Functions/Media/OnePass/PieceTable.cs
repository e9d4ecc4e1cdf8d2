using YouTubeDownloader.Media.IsoBmff;

namespace YouTubeDownloader.Media.OnePass;

/// <summary>
/// The sample entries of one fetched piece, as the track reader met them: runs of samples, each run opened by the
/// 'tfdt' of its track fragment when it had one. Replayed in piece order at assembly, they rebuild exactly the sample
/// list the remuxer would read from the whole file. Sample offsets are not kept: the bytes move into the piece's block.
/// </summary>
internal sealed class PieceTable(int index)
{
    /// <summary>Bytes per sample in the stored form: size, duration, composition offset, description index, sync.</summary>
    private const int SampleLength = 4 + 4 + 4 + 2 + 1;

    private const int RunLength = 1 + 8 + 4;

    public int Index { get; } = index;

    public List<(ulong? DecodeTime, int Count)> Runs { get; } = [];

    public List<Sample> Samples { get; } = [];

    public long MediaLength { get; private set; }

    public void StartRun(ulong? decodeTime) => Runs.Add((decodeTime, 0));

    public void Add(Sample sample)
    {
        if (Runs.Count == 0)
        {
            StartRun(null);
        }

        Runs[^1] = Runs[^1] with { Count = Runs[^1].Count + 1 };
        Samples.Add(sample);
        MediaLength += sample.Size;
    }

    /// <summary>Writes the table as one 'pice' box (a private type, only ever read back by <see cref="Read"/>).</summary>
    public void WriteTo(BoxWriter writer)
    {
        var box = writer.Start(TableBoxTypes.Piece);
        writer.WriteUInt32((uint)Index);
        writer.WriteUInt64((ulong)MediaLength);
        writer.WriteUInt32((uint)Runs.Count);
        foreach (var (time, count) in Runs)
        {
            writer.WriteUInt8(time is null ? (byte)0 : (byte)1);
            writer.WriteUInt64(time ?? 0);
            writer.WriteUInt32((uint)count);
        }

        writer.WriteUInt32((uint)Samples.Count);
        foreach (var sample in Samples)
        {
            writer.WriteUInt32(sample.Size);
            writer.WriteUInt32(sample.Duration);
            writer.WriteUInt32((uint)sample.CompositionOffset);
            writer.WriteUInt16(sample.DescriptionIndex);
            writer.WriteUInt8(sample.IsSync ? (byte)1 : (byte)0);
        }

        writer.End(box);
    }

    public static PieceTable Read(ReadOnlySpan<byte> payload)
    {
        var reader = new BoxPayloadReader(payload, TableBoxTypes.Piece);
        var table = new PieceTable((int)reader.ReadUInt32());
        var mediaLength = (long)reader.ReadUInt64();
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

        var samples = reader.CheckEntries(reader.ReadUInt32(), SampleLength);
        if (samples != declared)
        {
            throw new InvalidDataException($"Piece table {table.Index} lists {samples} samples, its runs {declared}.");
        }

        table.Samples.Capacity = samples;
        for (var i = 0; i < samples; i++)
        {
            var size = reader.ReadUInt32();
            var duration = reader.ReadUInt32();
            var composition = reader.ReadInt32();
            var description = reader.ReadUInt16();
            var sync = reader.ReadBytes(1)[0] != 0;
            table.Samples.Add(new Sample(0, size, duration, composition, description, sync));
        }

        table.MediaLength = table.Samples.Sum(s => (long)s.Size);
        if (table.MediaLength != mediaLength)
        {
            throw new InvalidDataException($"Piece table {table.Index} says {mediaLength} media bytes, its samples {table.MediaLength}.");
        }

        return table;
    }
}
