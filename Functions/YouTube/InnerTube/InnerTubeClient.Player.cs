using System.Text.Json.Nodes;
using YouTubeDownloader.YouTube.Clients;
using YouTubeDownloader.YouTube.Wire;

namespace YouTubeDownloader.YouTube.InnerTube;

/// <summary><c>/youtubei/v1/player</c>: the request body each client profile sends, and the answer read as a <see cref="PlayerResponse"/>.</summary>
public sealed partial class InnerTubeClient
{
    /// <summary>Asks one client for the player response of <paramref name="videoId"/>.</summary>
    /// <exception cref="InnerTubeRequestException">No response, or a status other than success.</exception>
    /// <exception cref="InvalidDataException">The body is not a JSON object.</exception>
    public async Task<PlayerResponse> GetPlayerAsync(
        YouTubeClientProfile client, string videoId, string? visitorData, PlayerRequestExtras extras, CancellationToken cancellationToken)
    {
        var body = await PostAsync(
            "/youtubei/v1/player?prettyPrint=false", client, PlayerBody(client, videoId, visitorData, extras), visitorData, cancellationToken, extras.Cookies);
        return PlayerResponse.Parse(body);
    }

    /// <summary>
    /// The request body of a player request; public so tests can check it against the notes. With
    /// <paramref name="extras"/>: <c>playbackContext.contentPlaybackContext.signatureTimestamp</c>,
    /// <c>serviceIntegrityDimensions.poToken</c>, and <c>context.thirdParty.embedUrl</c> for an embedded client.
    /// </summary>
    public static JsonObject PlayerBody(YouTubeClientProfile client, string videoId, string? visitorData, PlayerRequestExtras? extras = null)
    {
        var playback = new JsonObject { ["html5Preference"] = "HTML5_PREF_WANTS" };
        if (extras?.SignatureTimestamp is { } timestamp)
        {
            playback["signatureTimestamp"] = timestamp;
        }

        var context = new JsonObject { ["client"] = ClientContext(client, visitorData) };
        if (client.EmbedUrl is { } embed)
        {
            context["thirdParty"] = new JsonObject { ["embedUrl"] = embed.Replace("{videoId}", videoId, StringComparison.Ordinal) };
        }

        var body = new JsonObject
        {
            ["context"] = context,
            ["videoId"] = videoId,
            ["contentCheckOk"] = true,
            ["racyCheckOk"] = true,
            ["playbackContext"] = new JsonObject { ["contentPlaybackContext"] = playback },
        };
        if (extras?.PoToken is { } token)
        {
            body["serviceIntegrityDimensions"] = new JsonObject { ["poToken"] = token.Value };
        }

        return body;
    }

    /// <summary><c>context.client</c>: who is asking (device fields only when the profile has them) and for which language and region.</summary>
    private static JsonObject ClientContext(YouTubeClientProfile client, string? visitorData)
    {
        var context = new JsonObject
        {
            ["clientName"] = client.SentName,
            ["clientVersion"] = client.Version,
        };
        foreach (var (name, value) in new[]
                 {
                     ("deviceMake", client.DeviceMake), ("deviceModel", client.DeviceModel), ("osName", client.OsName), ("osVersion", client.OsVersion),
                 })
        {
            if (value is not null)
            {
                context[name] = value;
            }
        }

        context["hl"] = "en";
        context["gl"] = "US";
        context["timeZone"] = "UTC";
        context["utcOffsetMinutes"] = 0;
        if (visitorData is not null)
        {
            context["visitorData"] = visitorData;
        }

        return context;
    }
}
