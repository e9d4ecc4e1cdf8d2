namespace YouTubeDownloader.YouTube.Wire;

/// <summary>One entry of <c>videoDetails.thumbnail.thumbnails</c>.</summary>
public sealed record Thumbnail(string Url, int Width, int Height);
