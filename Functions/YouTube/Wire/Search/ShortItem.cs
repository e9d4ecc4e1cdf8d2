using System.Text.Json;

namespace YouTubeDownloader.YouTube.Wire.Search;

/// <summary>
/// A Short as its own item: <c>reelItemRenderer</c> (<c>videoId</c>, <c>headline</c>, <c>viewCountText</c> "2.6M views")
/// or <c>shortsLockupViewModel</c> (<c>onTap…reelWatchEndpoint.videoId</c>, <c>overlayMetadata.primaryText.content</c>).
/// Usually found inside shelves, which are skipped; read when one stands alone in an item section.
/// </summary>
public readonly struct ShortItem(JsonElement element, bool isLockup)
{
    public string? VideoId => isLockup
        ? Get("onTap").Property("innertubeCommand").Property("reelWatchEndpoint").Property("videoId").String()
        : Get("videoId").String();

    public string? Title => isLockup
        ? Get("overlayMetadata").Property("primaryText").Property("content").String()
        : Get("headline").Text();

    /// <summary>Only the short form ("2.6M views") is given, never an exact count.</summary>
    public string? ViewCountText => isLockup
        ? Get("overlayMetadata").Property("secondaryText").Property("content").String()
        : Get("viewCountText").Text();

    public IReadOnlyList<Thumbnail> Thumbnails => isLockup
        ? Get("thumbnail").Property("sources").ReadThumbnails()
        : Get("thumbnail").Property("thumbnails").ReadThumbnails();

    private JsonElement? Get(string name) => element.Property(name);
}
