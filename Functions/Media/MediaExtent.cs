namespace YouTubeDownloader.Media;

/// <summary>A run of bytes of one input (<paramref name="Input"/>, in input order) that the output holds as they are.</summary>
public readonly record struct MediaExtent(int Input, long Offset, long Length);
