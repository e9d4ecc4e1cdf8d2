namespace YouTubeDownloader.YouTube.Videos;

/// <summary>Where a stream's bytes are fetched from right now: a URL that expires, and the client identity it was issued to.</summary>
internal sealed record StreamTarget(string Url, string? UserAgent);
