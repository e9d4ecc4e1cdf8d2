namespace YouTubeDownloader.Media.IsoBmff;

/// <summary>'tfdt' (8.8.12): the decode time of a fragment's first sample, in the media timescale.</summary>
internal static class TrackFragmentDecodeTimeBox
{
    public static ulong Read(ReadOnlySpan<byte> payload)
    {
        var reader = new BoxPayloadReader(payload, BoxTypes.Tfdt);
        var (version, _) = reader.ReadFullBoxHeader();
        return reader.ReadUIntForVersion(version);
    }
}
