namespace YouTubeDownloader.Media.WebM;

/// <summary>The Matroska element ids this reader uses (the Matroska specification, RFC 9559), ids as written with their marker bits.</summary>
internal static class MatroskaIds
{
    public const uint Ebml = 0x1A45DFA3;
    public const uint DocType = 0x4282;
    public const uint Segment = 0x18538067;
    public const uint Info = 0x1549A966;
    public const uint TimestampScale = 0x2AD7B1;
    public const uint Tracks = 0x1654AE6B;
    public const uint TrackEntry = 0xAE;
    public const uint TrackNumber = 0xD7;
    public const uint TrackType = 0x83;
    public const uint CodecId = 0x86;
    public const uint CodecPrivate = 0x63A2;
    public const uint CodecDelay = 0x56AA;
    public const uint Audio = 0xE1;
    public const uint Channels = 0x9F;
    public const uint Cluster = 0x1F43B675;
    public const uint ClusterTimestamp = 0xE7;
    public const uint SimpleBlock = 0xA3;
    public const uint BlockGroup = 0xA0;
    public const uint Block = 0xA1;
    public const uint DiscardPadding = 0x75A2;

    /// <summary>TrackType of an audio track.</summary>
    public const int AudioTrackType = 2;
}
