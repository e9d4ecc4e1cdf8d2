using System.Text.Json;

namespace YouTubeDownloader.YouTube.Wire.Search;

/// <summary>
/// One section of a search page: an <c>itemSectionRenderer</c> (results, notices, shelves, ads) or the
/// <c>continuationItemRenderer</c> that carries the next page's token. Anything else holds neither.
/// </summary>
public readonly struct SearchSection(JsonElement element)
{
    /// <summary>The direct children of <c>itemSectionRenderer.contents</c>; nothing for other sections.</summary>
    public IEnumerable<SearchItemRenderer> Items =>
        element.Property("itemSectionRenderer").Property("contents").Items().Select(i => new SearchItemRenderer(i));

    /// <summary><c>continuationItemRenderer.continuationEndpoint.continuationCommand.token</c>; null for other sections.</summary>
    public string? ContinuationToken =>
        element.Property("continuationItemRenderer").Property("continuationEndpoint").Property("continuationCommand").Property("token").String();
}
