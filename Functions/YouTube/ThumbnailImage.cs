namespace YouTubeDownloader.YouTube;

/// <summary>A fetched thumbnail: its bytes and media type (<c>image/jpeg</c>, <c>image/webp</c>).</summary>
public sealed record ThumbnailImage(byte[] Bytes, string ContentType);
