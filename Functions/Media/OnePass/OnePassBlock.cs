namespace YouTubeDownloader.Media.OnePass;

/// <summary>One media block of the file: piece <paramref name="Piece"/> of stream <paramref name="Stream"/> (input order), its sample bytes.</summary>
public readonly record struct OnePassBlock(int Stream, int Piece, long Length);
