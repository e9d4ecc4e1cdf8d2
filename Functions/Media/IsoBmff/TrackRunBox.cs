namespace YouTubeDownloader.Media.IsoBmff;

/// <summary>'trun' (8.8.8): a run of contiguous samples; each field is either per sample or a 'tfhd'/'trex' default.</summary>
internal ref struct TrackRunBox
{
    private const uint DataOffsetPresent = 0x000_001;
    private const uint FirstSampleFlagsPresent = 0x000_004;
    private const uint SampleDurationPresent = 0x000_100;
    private const uint SampleSizePresent = 0x000_200;
    private const uint SampleFlagsPresent = 0x000_400;
    private const uint SampleCompositionOffsetPresent = 0x000_800;

    private readonly uint _flags;
    private readonly bool _signedOffsets;
    private readonly uint? _firstSampleFlags;
    private BoxPayloadReader _entries;

    private TrackRunBox(uint flags, bool signedOffsets, uint sampleCount, int? dataOffset, uint? firstSampleFlags, BoxPayloadReader entries)
    {
        _flags = flags;
        _signedOffsets = signedOffsets;
        SampleCount = sampleCount;
        DataOffset = dataOffset;
        _firstSampleFlags = firstSampleFlags;
        _entries = entries;
    }

    public uint SampleCount { get; }

    /// <summary>Where the run's data starts, relative to the fragment's base data offset; null: right after the previous run.</summary>
    public int? DataOffset { get; }

    public static TrackRunBox Read(ReadOnlySpan<byte> payload)
    {
        var reader = new BoxPayloadReader(payload, BoxTypes.Trun);
        var (version, flags) = reader.ReadFullBoxHeader();
        var count = reader.ReadUInt32();
        int? dataOffset = (flags & DataOffsetPresent) != 0 ? reader.ReadInt32() : null;
        uint? firstFlags = (flags & FirstSampleFlagsPresent) != 0 ? reader.ReadUInt32() : null;
        var entrySize = 0;
        foreach (var field in (ReadOnlySpan<uint>)[SampleDurationPresent, SampleSizePresent, SampleFlagsPresent, SampleCompositionOffsetPresent])
        {
            entrySize += (flags & field) != 0 ? 4 : 0;
        }

        // A lying sample_count is caught here when samples carry fields; the caller bounds default-only runs.
        reader.CheckEntries(count, entrySize);
        return new TrackRunBox(flags, version != 0, count, dataOffset, firstFlags, reader);
    }

    public TrackRunEntry ReadEntry(bool first, in TrackFragmentHeaderBox defaults)
    {
        var duration = (_flags & SampleDurationPresent) != 0 ? _entries.ReadUInt32() : defaults.DefaultSampleDuration;
        var size = (_flags & SampleSizePresent) != 0 ? _entries.ReadUInt32() : defaults.DefaultSampleSize;
        var flags = (_flags & SampleFlagsPresent) != 0 ? _entries.ReadUInt32() : defaults.DefaultSampleFlags;
        if (first && _firstSampleFlags is { } firstFlags)
        {
            flags = firstFlags;
        }

        var offset = 0;
        if ((_flags & SampleCompositionOffsetPresent) != 0)
        {
            // Version 0 stores an unsigned offset, version 1 a signed one; both fit an int for real media.
            var raw = _entries.ReadUInt32();
            offset = _signedOffsets ? (int)raw : (int)Math.Min(raw, int.MaxValue);
        }

        return new TrackRunEntry(duration, size, flags, offset);
    }
}
