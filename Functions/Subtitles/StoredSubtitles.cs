using Azure;

namespace YouTubeDownloader.Subtitles;

/// <summary>A stored WebVTT track, open for reading, with what the response needs to describe it.</summary>
public sealed record StoredSubtitles(Stream Content, ETag ETag, DateTimeOffset LastModified);
