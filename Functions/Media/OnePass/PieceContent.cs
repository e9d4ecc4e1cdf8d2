namespace YouTubeDownloader.Media.OnePass;

/// <summary>What reading a fetched piece gives: its stored table record and how many bytes at the front of its buffer are its block.</summary>
public readonly record struct PieceContent(byte[] Table, int MediaLength);
