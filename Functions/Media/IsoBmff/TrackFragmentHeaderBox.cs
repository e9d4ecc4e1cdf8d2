namespace YouTubeDownloader.Media.IsoBmff;

/// <summary>'tfhd' (8.8.7): the fragment's track, where its data is based, and defaults overriding 'trex'.</summary>
internal readonly record struct TrackFragmentHeaderBox(
    uint TrackId, long? BaseDataOffset, bool DefaultBaseIsMoof, uint SampleDescriptionIndex,
    uint DefaultSampleDuration, uint DefaultSampleSize, uint DefaultSampleFlags)
{
    private const uint BaseDataOffsetPresent = 0x00_0001;
    private const uint SampleDescriptionIndexPresent = 0x00_0002;
    private const uint DefaultSampleDurationPresent = 0x00_0008;
    private const uint DefaultSampleSizePresent = 0x00_0010;
    private const uint DefaultSampleFlagsPresent = 0x00_0020;
    private const uint DefaultBaseIsMoofFlag = 0x02_0000;

    public static TrackFragmentHeaderBox Read(ReadOnlySpan<byte> payload, TrackExtendsBox defaults)
    {
        var reader = new BoxPayloadReader(payload, BoxTypes.Tfhd);
        var (_, flags) = reader.ReadFullBoxHeader();
        var trackId = reader.ReadUInt32();
        long? baseOffset = null;
        if ((flags & BaseDataOffsetPresent) != 0)
        {
            var value = reader.ReadUInt64();
            baseOffset = value > long.MaxValue ? throw new InvalidDataException("'tfhd' base_data_offset is out of range.") : (long)value;
        }

        var sdi = (flags & SampleDescriptionIndexPresent) != 0 ? reader.ReadUInt32() : defaults.DefaultSampleDescriptionIndex;
        var duration = (flags & DefaultSampleDurationPresent) != 0 ? reader.ReadUInt32() : defaults.DefaultSampleDuration;
        var size = (flags & DefaultSampleSizePresent) != 0 ? reader.ReadUInt32() : defaults.DefaultSampleSize;
        var sampleFlags = (flags & DefaultSampleFlagsPresent) != 0 ? reader.ReadUInt32() : defaults.DefaultSampleFlags;
        return new TrackFragmentHeaderBox(trackId, baseOffset, (flags & DefaultBaseIsMoofFlag) != 0, sdi, duration, size, sampleFlags);
    }
}
