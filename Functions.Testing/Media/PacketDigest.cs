namespace YouTubeDownloader.Testing.Media;

/// <summary>
/// One packet as `ffmpeg -c copy -f framemd5` sees it: decode and presentation time (stream time base), size,
/// content hash, and its duration in seconds.
/// </summary>
public sealed record PacketDigest(long Dts, long Pts, int Size, string Hash, double DurationSeconds);
