namespace YouTubeDownloader.Media.IsoBmff;

/// <summary>The presentation fields of 'tkhd' (8.3.2) that the output keeps: layer, group, volume, matrix, size.</summary>
internal sealed record TrackHeaderBox(uint TrackId, short Layer, short AlternateGroup, short Volume, byte[] Matrix, uint Width, uint Height)
{
    public const int MatrixLength = 36;

    public static TrackHeaderBox Read(ReadOnlySpan<byte> payload)
    {
        var reader = new BoxPayloadReader(payload, BoxTypes.Tkhd);
        var (version, _) = reader.ReadFullBoxHeader();
        reader.Skip(version == 1 ? 16 : 8); // creation_time, modification_time
        var trackId = reader.ReadUInt32();
        reader.Skip(4); // reserved
        reader.ReadUIntForVersion(version); // duration: recomputed from the samples
        reader.Skip(8); // reserved
        var layer = (short)reader.ReadUInt16();
        var group = (short)reader.ReadUInt16();
        var volume = (short)reader.ReadUInt16();
        reader.Skip(2); // reserved
        var matrix = reader.ReadBytes(MatrixLength).ToArray();
        var width = reader.ReadUInt32();
        var height = reader.ReadUInt32();
        return new TrackHeaderBox(trackId, layer, group, volume, matrix, width, height);
    }
}
