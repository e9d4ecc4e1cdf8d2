namespace YouTubeDownloader.Downloads;

/// <summary>A validated request to start a download.</summary>
/// <param name="FormatId">Exact itags (<c>"137+140"</c>, <c>"140"</c>) instead of a quality rule; null for the rule.</param>
public sealed record StartDownload(string Url, string VideoId, Quality Quality, DownloadType DownloadType, string? FormatId = null);
