namespace YouTubeDownloader.Media.IsoBmff;

/// <summary>'trex' (8.8.3): the per-track defaults that fragments fall back to.</summary>
internal readonly record struct TrackExtendsBox(
    uint TrackId, uint DefaultSampleDescriptionIndex, uint DefaultSampleDuration, uint DefaultSampleSize, uint DefaultSampleFlags)
{
    public static TrackExtendsBox Read(ReadOnlySpan<byte> payload)
    {
        var reader = new BoxPayloadReader(payload, BoxTypes.Trex);
        reader.ReadFullBoxHeader();
        return new TrackExtendsBox(reader.ReadUInt32(), reader.ReadUInt32(), reader.ReadUInt32(), reader.ReadUInt32(), reader.ReadUInt32());
    }
}
