namespace YouTubeDownloader.Media.OnePass;

/// <summary>
/// Private box types of a stream's table blob: its records are framed as boxes so the existing box walker reads them.
/// They never reach a media file.
/// </summary>
internal static class TableBoxTypes
{
    /// <summary>'init': the stream's whole 'moov' box, as fetched.</summary>
    public const uint Init = 0x696E6974;

    /// <summary>'pice': one piece's <see cref="PieceTable"/>.</summary>
    public const uint Piece = 0x70696365;
}
