namespace YouTubeDownloader.Media.IsoBmff;

/// <summary>'mdhd' (8.4.2): the media timescale every sample duration is counted in, and the language code.</summary>
internal readonly record struct MediaHeaderBox(uint Timescale, ushort Language)
{
    public static MediaHeaderBox Read(ReadOnlySpan<byte> payload)
    {
        var reader = new BoxPayloadReader(payload, BoxTypes.Mdhd);
        var (version, _) = reader.ReadFullBoxHeader();
        reader.Skip(version == 1 ? 16 : 8); // creation_time, modification_time
        var timescale = reader.ReadUInt32();
        reader.ReadUIntForVersion(version); // duration: recomputed from the samples
        var language = reader.ReadUInt16();
        return timescale == 0
            ? throw new InvalidDataException("'mdhd' timescale is 0.")
            : new MediaHeaderBox(timescale, language);
    }
}
