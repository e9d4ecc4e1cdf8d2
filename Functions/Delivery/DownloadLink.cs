namespace YouTubeDownloader.Delivery;

/// <summary>A read-only URL straight to a finished file's blob, and when it stops working.</summary>
public sealed record DownloadLink(Uri Url, DateTimeOffset ExpiresAt);
