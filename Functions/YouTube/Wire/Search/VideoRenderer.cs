using System.Text.Json;

namespace YouTubeDownloader.YouTube.Wire.Search;

/// <summary><c>videoRenderer</c>: an ordinary search result. Texts are YouTube's display texts (<c>"3:32"</c>, <c>"1,234 views"</c>).</summary>
public readonly struct VideoRenderer(JsonElement element)
{
    public string? VideoId => Get("videoId").String();

    public string? Title => Get("title").Text();

    /// <summary><c>"M:SS"</c> or <c>"H:MM:SS"</c>; absent on a live stream.</summary>
    public string? LengthText => Get("lengthText").Text();

    /// <summary>The channel (several uploaders share one text): <c>longBylineText</c>, else <c>ownerText</c>, else <c>shortBylineText</c>.</summary>
    public string? Author => Get("longBylineText").Text() ?? Get("ownerText").Text() ?? Get("shortBylineText").Text();

    /// <summary><c>"1,234 views"</c>, <c>"No views"</c>, or a live stream's <c>"1,071 watching"</c>.</summary>
    public string? ViewCountText => Get("viewCountText").Text();

    /// <summary>A Short: its link opens the reel player (<c>reelWatchEndpoint</c>, a Shorts page, a <c>/shorts/</c> URL).</summary>
    public bool IsShort
    {
        get
        {
            var endpoint = Get("navigationEndpoint");
            var page = endpoint.Property("commandMetadata").Property("webCommandMetadata");
            return endpoint.Property("reelWatchEndpoint") is not null
                   || page.Property("webPageType").String() == "WEB_PAGE_TYPE_SHORTS"
                   || page.Property("url").String()?.StartsWith("/shorts/", StringComparison.Ordinal) == true;
        }
    }

    /// <summary>Live now: a <c>BADGE_STYLE_TYPE_LIVE_NOW</c> badge or a <c>LIVE</c> time overlay.</summary>
    public bool IsLive =>
        Get("badges").Items().Any(b => ((JsonElement?)b).Property("metadataBadgeRenderer").Property("style").String() == "BADGE_STYLE_TYPE_LIVE_NOW")
        || Get("thumbnailOverlays").Items().Any(o =>
            ((JsonElement?)o).Property("thumbnailOverlayTimeStatusRenderer").Property("style").String() == "LIVE");

    public IReadOnlyList<Thumbnail> Thumbnails => Get("thumbnail").Property("thumbnails").ReadThumbnails();

    private JsonElement? Get(string name) => element.Property(name);
}
