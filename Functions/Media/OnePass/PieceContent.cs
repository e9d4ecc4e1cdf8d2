namespace YouTubeDownloader.Media.OnePass;

/// <summary>
/// What reading a fetched piece gives: its table record and how many bytes at the front of its buffer are its block.
/// The record lives in a pooled buffer: dispose once it is staged.
/// </summary>
public sealed class PieceContent : IDisposable
{
    private readonly PieceTableRecorder _table;

    internal PieceContent(PieceTableRecorder table, int mediaLength)
    {
        _table = table;
        Table = table.Finish();
        MediaLength = mediaLength;
    }

    public ArraySegment<byte> Table { get; }

    public int MediaLength { get; }

    public void Dispose() => _table.Dispose();
}
