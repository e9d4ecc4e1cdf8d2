namespace YouTubeDownloader.Downloads;

/// <summary>A validated request to start a download.</summary>
public sealed record StartDownload(string Url, string VideoId, Quality Quality, DownloadType DownloadType);
