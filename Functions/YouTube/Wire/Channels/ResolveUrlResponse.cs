using System.Text.Json;

namespace YouTubeDownloader.YouTube.Wire.Channels;

/// <summary>
/// The body of <c>/youtubei/v1/navigation/resolve_url</c>: the <c>endpoint</c> a youtube.com URL leads to. A channel
/// answers a <c>browseEndpoint</c> (<c>browseId</c> <c>UC…</c>, <c>canonicalBaseUrl</c> <c>/@handle</c>) whose
/// <c>commandMetadata.webCommandMetadata.webPageType</c> is <c>WEB_PAGE_TYPE_CHANNEL</c>; a video a <c>watchEndpoint</c>;
/// a URL YouTube does not route itself a <c>urlEndpoint</c>. An unknown handle is an HTTP 404, not a body.
/// </summary>
public sealed class ResolveUrlResponse
{
    public const string ChannelPageType = "WEB_PAGE_TYPE_CHANNEL";

    private ResolveUrlResponse(JsonElement root) => Root = root;

    public JsonElement Root { get; }

    private JsonElement? Endpoint => Root.Property("endpoint");

    public string? BrowseId => Endpoint.Property("browseEndpoint").Property("browseId").String();

    public string? CanonicalBaseUrl => Endpoint.Property("browseEndpoint").Property("canonicalBaseUrl").String();

    public string? PageType => Endpoint.Property("commandMetadata").Property("webCommandMetadata").Property("webPageType").String();

    /// <exception cref="InvalidDataException">The body is not a JSON object.</exception>
    public static ResolveUrlResponse Parse(ReadOnlySpan<byte> body)
    {
        try
        {
            using var document = JsonDocument.Parse(body.ToArray());
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? new ResolveUrlResponse(document.RootElement.Clone())
                : throw new InvalidDataException("The resolve_url answer is not a JSON object.");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException("The resolve_url answer is not JSON.", ex);
        }
    }
}
