using Azure;
using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Delivery;

/// <summary>A finished file, open for reading, and what the response needs to describe it.</summary>
public sealed record DownloadFile(Stream Content, string ContentType, string FileName, long Length, ETag ETag, DateTimeOffset LastModified);
