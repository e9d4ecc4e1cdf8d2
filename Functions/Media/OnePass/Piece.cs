namespace YouTubeDownloader.Media.OnePass;

/// <summary>
/// Consecutive fragments of one stream that become one block of the final file: their sample bytes in order.
/// <paramref name="Index"/> is the time window's number, the same for the video and the audio of one window.
/// </summary>
public readonly record struct Piece(int Index, int FirstFragment, int FragmentCount, long Offset, long Length)
{
    public long End => Offset + Length;
}
