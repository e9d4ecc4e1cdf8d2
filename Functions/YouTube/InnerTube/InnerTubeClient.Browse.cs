using System.Text;
using System.Text.Json.Nodes;
using YouTubeDownloader.YouTube.Playlists;
using YouTubeDownloader.YouTube.Wire.Playlists;
using YouTubeDownloader.YouTube.Clients;
using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.YouTube.InnerTube;

/// <summary>
/// <c>/youtubei/v1/browse</c> for playlists, in the 2026 design (docs/youtube.md, "Reading playlists"):
/// the list's header (limited by <c>$fields</c> to what names and counts it, or refuses it), then its pages through
/// continuation tokens, the first of which the client builds itself (<see cref="PlaylistContinuation"/>).
/// </summary>
public sealed partial class InnerTubeClient
{
    /// <summary>The path and query of the header browse: only the parts that carry the title, owner, count or refusal.</summary>
    public const string PlaylistHeaderPath = "/youtubei/v1/browse?$fields=sidebar,header,microformat,alerts&prettyPrint=false";

    public const string BrowsePath = "/youtubei/v1/browse?prettyPrint=false";

    /// <summary>The list's title, owner, count, or YouTube's refusal; no rows.</summary>
    /// <exception cref="InnerTubeRequestException">No response, or a status other than success.</exception>
    /// <exception cref="InvalidDataException">The body is not a JSON object.</exception>
    public async Task<BrowseResponse> BrowsePlaylistHeaderAsync(PlaylistId id, string? visitorData, CancellationToken cancellationToken)
    {
        var client = options.CurrentValue.PlaylistClient;
        return await BrowseAsync(PlaylistHeaderPath, client, PlaylistHeaderBody(client, id, visitorData), visitorData, cancellationToken);
    }

    /// <summary>The page a continuation token names (the first page's token is <see cref="PlaylistContinuation.FirstPage"/>).</summary>
    /// <exception cref="InnerTubeRequestException">No response, or a status other than success.</exception>
    /// <exception cref="InvalidDataException">The body is not a JSON object.</exception>
    public async Task<BrowseResponse> BrowseContinuationAsync(string token, string? visitorData, CancellationToken cancellationToken)
    {
        var client = options.CurrentValue.PlaylistClient;
        return await BrowseAsync(BrowsePath, client, ContinuationBody(client, token, visitorData), visitorData, cancellationToken);
    }

    /// <summary>The body of the header browse; public so tests can check it against the recorded requests.</summary>
    public static JsonObject PlaylistHeaderBody(YouTubeClientProfile client, PlaylistId id, string? visitorData) => new()
    {
        ["context"] = new JsonObject { ["client"] = ClientContext(client, visitorData) },
        ["browseId"] = PlaylistUrl.BrowseId(id),
        ["params"] = PlaylistContinuation.BrowseParams,
    };

    /// <summary>The body of a continuation browse; public so tests can check it against the recorded requests.</summary>
    public static JsonObject ContinuationBody(YouTubeClientProfile client, string token, string? visitorData) => new()
    {
        ["context"] = new JsonObject { ["client"] = ClientContext(client, visitorData) },
        ["continuation"] = token,
    };

    private async Task<BrowseResponse> BrowseAsync(
        string pathAndQuery, YouTubeClientProfile client, JsonObject body, string? visitorData, CancellationToken cancellationToken)
    {
        var text = await PostAsync(pathAndQuery, client, body, visitorData, cancellationToken);
        return BrowseResponse.Parse(Encoding.UTF8.GetBytes(text));
    }
}
