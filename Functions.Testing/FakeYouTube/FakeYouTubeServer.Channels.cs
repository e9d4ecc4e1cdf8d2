using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace YouTubeDownloader.Testing.FakeYouTube;

/// <summary>
/// <c>/youtubei/v1/navigation/resolve_url</c> for channels, in the shape YouTube answers (hand-written, 2026): a known
/// handle or custom URL answers the channel's <c>browseEndpoint</c> with <c>webPageType</c> <c>WEB_PAGE_TYPE_CHANNEL</c>;
/// anything else a 404 with Google's error body. The channel's uploads are an ordinary list (<see cref="AddPlaylist"/> of <c>UU…</c>).
/// </summary>
public sealed partial class FakeYouTubeServer
{
    private readonly ConcurrentDictionary<string, string> channels = new(StringComparer.OrdinalIgnoreCase);

    public ConcurrentQueue<string> ResolvedUrls { get; } = new();

    /// <summary>Makes <paramref name="path"/> (<c>@handle</c>, <c>c/name</c>, <c>user/name</c>) lead to <paramref name="channelId"/>.</summary>
    public void AddChannel(string path, string channelId) => channels[path.Trim('/')] = channelId;

    private async Task<IResult> ResolveUrlAsync(HttpContext context)
    {
        var json = JsonNode.Parse(await new StreamReader(context.Request.Body).ReadToEndAsync());
        var url = (string?)json?["url"] ?? "";
        ResolvedUrls.Enqueue(url);
        var path = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? Uri.UnescapeDataString(uri.AbsolutePath).Trim('/') : "";
        if (!channels.TryGetValue(path, out var channelId))
        {
            return Results.Text(
                """{"error":{"code":404,"message":"Requested entity was not found.","errors":[{"message":"Requested entity was not found.","domain":"global","reason":"notFound"}],"status":"NOT_FOUND"}}""",
                "application/json",
                statusCode: (int)HttpStatusCode.NotFound);
        }

        var canonical = "/" + (path.StartsWith('@') ? path : "@" + path.Split('/')[^1]);
        var answer = new JsonObject
        {
            ["responseContext"] = new JsonObject { ["visitorData"] = VisitorData },
            ["endpoint"] = new JsonObject
            {
                ["clickTrackingParams"] = "IhMI0dGH3tTjkQMVFakeClick=",
                ["commandMetadata"] = new JsonObject
                {
                    ["webCommandMetadata"] = new JsonObject
                    {
                        ["url"] = canonical,
                        ["webPageType"] = "WEB_PAGE_TYPE_CHANNEL",
                        ["rootVe"] = 3611,
                        ["apiUrl"] = "/youtubei/v1/browse",
                    },
                },
                ["browseEndpoint"] = new JsonObject { ["browseId"] = channelId, ["canonicalBaseUrl"] = canonical },
            },
        };
        return Results.Text(answer.ToJsonString(), "application/json");
    }
}
