namespace YouTubeDownloader.Testing.Media;

/// <summary>One packet as `ffmpeg -c copy -f framemd5` sees it: its size and content hash, plus its duration in seconds.</summary>
public sealed record PacketDigest(int Size, string Hash, double DurationSeconds);
