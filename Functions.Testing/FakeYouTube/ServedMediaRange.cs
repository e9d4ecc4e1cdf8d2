namespace YouTubeDownloader.Testing.FakeYouTube;

/// <summary>A ranged stream request whose every byte was written to the client, and when that was.</summary>
public sealed record ServedMediaRange(string VideoId, int Itag, long Start, long End, DateTimeOffset At);
