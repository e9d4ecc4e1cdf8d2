using System.Text.Json;

namespace YouTubeDownloader.YouTube.Wire.Search;

/// <summary>
/// The body of <c>/youtubei/v1/search</c>: a first page keeps its sections under
/// <c>contents.twoColumnSearchResultsRenderer.primaryContents.sectionListRenderer.contents</c>, a continuation page under
/// <c>onResponseReceivedCommands[].appendContinuationItemsAction.continuationItems</c>. A first page may carry
/// other commands there too (ads), which hold no sections and are ignored.
/// </summary>
public sealed class SearchResponse
{
    private SearchResponse(JsonElement root) => Root = root;

    public JsonElement Root { get; }

    private JsonElement? FirstPageSections =>
        Root.Property("contents").Property("twoColumnSearchResultsRenderer").Property("primaryContents")
            .Property("sectionListRenderer").Property("contents");

    private IEnumerable<JsonElement> ContinuationActions =>
        Root.Property("onResponseReceivedCommands").Items()
            .Select(c => ((JsonElement?)c).Property("appendContinuationItemsAction") ?? ((JsonElement?)c).Property("reloadContinuationItemsCommand"))
            .Where(a => a is not null)
            .Select(a => a!.Value);

    /// <summary>Whether the body has the shape of a search page at all (first page or continuation).</summary>
    public bool HasResults =>
        FirstPageSections is { ValueKind: JsonValueKind.Array } || ContinuationActions.Any(a => a.Property("continuationItems") is { ValueKind: JsonValueKind.Array });

    /// <summary>The page's sections in order: item sections and the continuation item.</summary>
    public IEnumerable<SearchSection> Sections =>
        FirstPageSections.Items()
            .Concat(ContinuationActions.SelectMany(a => ((JsonElement?)a).Property("continuationItems").Items()))
            .Select(s => new SearchSection(s));

    /// <summary>Parses a response body. Anything but a JSON object is <see cref="InvalidDataException"/>.</summary>
    public static SearchResponse Parse(ReadOnlySpan<byte> utf8Json) => new(InnerTubeJson.ParseObject(utf8Json, "search response"));
}
