using System.Text.Json;

namespace YouTubeDownloader.YouTube.Wire.Playlists;

/// <summary>
/// The body of <c>/youtubei/v1/browse</c> for a playlist (docs/youtube.md, "Reading playlists"): the list's details in <c>sidebar</c>, <c>header</c> and <c>metadata</c>, refusals in
/// <c>alerts</c>, and rows either in a full first browse (<c>contents…itemSectionRenderer.contents[]</c> holding a
/// <c>playlistVideoListRenderer</c> or a Shorts <c>richGridRenderer</c>) or in the continuation actions
/// (<c>onResponseReceivedActions[].reloadContinuationItemsCommand</c> / <c>appendContinuationItemsAction</c>).
/// </summary>
public sealed class BrowseResponse
{
    private BrowseResponse(JsonElement root) => Root = root;

    public JsonElement Root { get; }

    public IEnumerable<PlaylistAlert> Alerts => Root.Property("alerts").Items().Select(a => new PlaylistAlert(a));

    /// <summary><c>playlistSidebarPrimaryInfoRenderer.title</c>, else the header's title, else the metadata's.</summary>
    public string? Title =>
        PrimaryInfo.Property("title").Text()
        ?? PlaylistHeader.Property("title").Text()
        ?? Root.Property("header").Property("pageHeaderRenderer").Property("pageTitle").Text()
        ?? Root.Property("metadata").Property("playlistMetadataRenderer").Property("title").Text();

    /// <summary>The owner text as YouTube writes it ("by Redlist - Just Hits" keeps its "by ").</summary>
    public string? Owner =>
        SecondaryInfo.Property("videoOwner").Property("videoOwnerRenderer").Property("title").Text()
        ?? PlaylistHeader.Property("ownerText").Text();

    /// <summary>The first sidebar stat ("200 videos", "No videos"), else the header's <c>numVideosText</c>.</summary>
    public string? VideoCountText =>
        PrimaryInfo.Property("stats").Items().Select(s => ((JsonElement?)s).Text()).FirstOrDefault()
        ?? PlaylistHeader.Property("numVideosText").Text();

    /// <summary>Whether the body holds a list of rows at all (a metadata-only browse does not).</summary>
    public bool HasRowList => RowLists.Any();

    /// <summary>
    /// The rows of every row list, in order. A <c>continuationItemRenderer</c> standing as its own section beside the
    /// item section is not among them: it is not the list's next page (PROVENANCE.md, "continuation").
    /// </summary>
    public IEnumerable<PlaylistRow> Rows => RowLists.SelectMany(list => ((JsonElement?)list).Items()).Select(r => new PlaylistRow(r));

    private IEnumerable<JsonElement> RowLists =>
        FirstBrowseRowLists.Concat(
            Root.Property("onResponseReceivedActions").Items()
                .Select(a => ((JsonElement?)a).Property("reloadContinuationItemsCommand") ?? ((JsonElement?)a).Property("appendContinuationItemsAction"))
                .Select(a => a.Property("continuationItems"))
                .Where(items => items is { ValueKind: JsonValueKind.Array })
                .Select(items => items!.Value));

    private IEnumerable<JsonElement> FirstBrowseRowLists =>
        Root.Property("contents").Property("twoColumnBrowseResultsRenderer").Property("tabs").Items()
            .SelectMany(t => ((JsonElement?)t).Property("tabRenderer").Property("content").Property("sectionListRenderer").Property("contents").Items())
            .SelectMany(s => ((JsonElement?)s).Property("itemSectionRenderer").Property("contents").Items())
            .Select(c => ((JsonElement?)c).Property("playlistVideoListRenderer").Property("contents")
                         ?? ((JsonElement?)c).Property("richGridRenderer").Property("contents"))
            .Where(items => items is { ValueKind: JsonValueKind.Array })
            .Select(items => items!.Value);

    private IEnumerable<JsonElement> SidebarItems => Root.Property("sidebar").Property("playlistSidebarRenderer").Property("items").Items();

    private JsonElement? PrimaryInfo =>
        SidebarItems.Select(i => ((JsonElement?)i).Property("playlistSidebarPrimaryInfoRenderer")).FirstOrDefault(i => i is not null);

    private JsonElement? SecondaryInfo =>
        SidebarItems.Select(i => ((JsonElement?)i).Property("playlistSidebarSecondaryInfoRenderer")).FirstOrDefault(i => i is not null);

    private JsonElement? PlaylistHeader => Root.Property("header").Property("playlistHeaderRenderer");

    /// <summary>Parses a response body. Anything but a JSON object is <see cref="InvalidDataException"/>.</summary>
    public static BrowseResponse Parse(ReadOnlySpan<byte> utf8Json) => new(InnerTubeJson.ParseObject(utf8Json, "browse response"));
}
