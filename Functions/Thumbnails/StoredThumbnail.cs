using Azure;

namespace YouTubeDownloader.Thumbnails;

/// <summary>A stored thumbnail, open for reading, with what the response needs to describe it.</summary>
public sealed record StoredThumbnail(Stream Content, string ContentType, ETag ETag, DateTimeOffset LastModified);
