namespace YouTubeDownloader.Api;

/// <summary>The body of <c>POST /api/download</c> as sent. Unknown fields are ignored, as the original API did.</summary>
public sealed record StartDownloadBody(string? Url, string? Quality, string? DownloadType);
