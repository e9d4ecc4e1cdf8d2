namespace YouTubeDownloader.Sources;

/// <summary>A video's thumbnail image as fetched from the source: its bytes and media type (<c>image/jpeg</c>…).</summary>
public sealed record MediaThumbnail(byte[] Bytes, string ContentType);
