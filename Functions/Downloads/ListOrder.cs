namespace YouTubeDownloader.Downloads;

/// <summary>The order of <c>GET /api/downloads</c>: by creation, oldest first (the original's) or newest first.</summary>
public enum ListOrder
{
    Ascending,
    Descending,
}
