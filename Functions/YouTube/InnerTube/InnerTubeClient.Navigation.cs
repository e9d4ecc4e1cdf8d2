using System.Text;
using System.Text.Json.Nodes;
using YouTubeDownloader.YouTube.Wire.Channels;

namespace YouTubeDownloader.YouTube.InnerTube;

/// <summary>
/// <c>/youtubei/v1/navigation/resolve_url</c>: where a youtube.com URL leads, asked with the playlist (web) client.
/// It turns a channel's handle or custom URL into its <c>UC…</c> id.
/// </summary>
public sealed partial class InnerTubeClient
{
    public const string ResolveUrlPath = "/youtubei/v1/navigation/resolve_url?prettyPrint=false";

    /// <exception cref="InnerTubeRequestException">No response, or a status other than success (404: YouTube knows no such URL).</exception>
    /// <exception cref="InvalidDataException">The body is not a JSON object.</exception>
    public async Task<ResolveUrlResponse> ResolveUrlAsync(string url, string? visitorData, CancellationToken cancellationToken)
    {
        var client = options.CurrentValue.PlaylistClient;
        var body = new JsonObject
        {
            ["context"] = new JsonObject { ["client"] = ClientContext(client, visitorData) },
            ["url"] = url,
        };
        var text = await PostAsync(ResolveUrlPath, client, body, visitorData, cancellationToken);
        return ResolveUrlResponse.Parse(Encoding.UTF8.GetBytes(text));
    }
}
