namespace YouTubeDownloader.Testing.FakeYouTube;

/// <summary>One request for stream bytes. <see cref="Range"/> is null for an un-segmented GET; <see cref="At"/> is when it arrived.</summary>
public sealed record RecordedMediaRequest(
    string VideoId, int Itag, int Generation, string Method, (long Start, long End)? Range, int StatusCode, string? UserAgent, DateTimeOffset At = default);
