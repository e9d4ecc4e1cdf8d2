using System.Text.Json;

namespace YouTubeDownloader.YouTube.Wire.Search;

/// <summary>
/// <c>lockupViewModel</c>: the card YouTube moves its lists to. Search pages use it for playlists and podcasts
/// (skipped); a <c>LOCKUP_CONTENT_TYPE_VIDEO</c> one is a result. Its texts are view-model <c>{"content": "…"}</c>
/// objects: the title, then metadata rows (channel first, then "1.2M views • 3 days ago"), the length a thumbnail badge.
/// </summary>
public readonly struct LockupViewModel(JsonElement element)
{
    /// <summary><c>LOCKUP_CONTENT_TYPE_VIDEO</c>, <c>…_PLAYLIST</c>, <c>…_PODCAST</c>.</summary>
    public string? ContentType => Get("contentType").String();

    public bool IsVideo => ContentType == "LOCKUP_CONTENT_TYPE_VIDEO";

    public string? ContentId => Get("contentId").String();

    private JsonElement? Metadata => Get("metadata").Property("lockupMetadataViewModel");

    public string? Title => Metadata.Property("title").Property("content").String();

    /// <summary>Every text part of every metadata row, in order.</summary>
    public IReadOnlyList<IReadOnlyList<string>> MetadataRows =>
        Metadata.Property("metadata").Property("contentMetadataViewModel").Property("metadataRows").Items()
            .Select(r => (IReadOnlyList<string>)((JsonElement?)r).Property("metadataParts").Items()
                .Select(p => ((JsonElement?)p).Property("text").Property("content").String())
                .OfType<string>()
                .ToList())
            .ToList();

    private JsonElement? ThumbnailView => Get("contentImage").Property("thumbnailViewModel");

    /// <summary>The texts and styles of the thumbnail's badges: <c>("3:32", "THUMBNAIL_OVERLAY_BADGE_STYLE_DEFAULT")</c>, <c>("LIVE", "…_LIVE")</c>.</summary>
    public IReadOnlyList<(string? Text, string? Style)> Badges =>
        ThumbnailView.Property("overlays").Items()
            .SelectMany(o => ((JsonElement?)o).Property("thumbnailOverlayBadgeViewModel").Property("thumbnailBadges").Items()
                .Concat(((JsonElement?)o).Property("thumbnailBottomOverlayViewModel").Property("badges").Items()))
            .Select(b => ((JsonElement?)b).Property("thumbnailBadgeViewModel"))
            .Select(b => (b.Property("text").String(), b.Property("badgeStyle").String()))
            .ToList();

    public IReadOnlyList<Thumbnail> Thumbnails => ThumbnailView.Property("image").Property("sources").ReadThumbnails();

    private JsonElement? Get(string name) => element.Property(name);
}
