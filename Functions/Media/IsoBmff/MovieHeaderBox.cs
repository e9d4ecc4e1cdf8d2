namespace YouTubeDownloader.Media.IsoBmff;

/// <summary>'mvhd' (8.2.2): only the movie timescale matters to the remuxer (edit list durations use it).</summary>
internal static class MovieHeaderBox
{
    public static uint ReadTimescale(ReadOnlySpan<byte> payload)
    {
        var reader = new BoxPayloadReader(payload, BoxTypes.Mvhd);
        var (version, _) = reader.ReadFullBoxHeader();
        reader.Skip(version == 1 ? 16 : 8); // creation_time, modification_time
        var timescale = reader.ReadUInt32();
        return timescale == 0 ? throw new InvalidDataException("'mvhd' timescale is 0.") : timescale;
    }
}
