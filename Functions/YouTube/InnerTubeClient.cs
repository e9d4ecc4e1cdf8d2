using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Polly.Timeout;
using YouTubeDownloader.YouTube.Wire;

namespace YouTubeDownloader.YouTube;

/// <summary>
/// The HTTP side of InnerTube: <c>sw.js_data</c> for visitorData and <c>/youtubei/v1/player</c>, with the body and
/// headers of ../shared/notes/youtube.md ("The player request"). A singleton: each request takes its HttpClient from IHttpClientFactory.
/// </summary>
public sealed class InnerTubeClient(IHttpClientFactory httpClients, IOptionsMonitor<YouTubeOptions> options)
{
    /// <summary>The named HttpClient (with its resilience handler) this client sends through.</summary>
    public const string HttpClientName = "YouTube.InnerTube";

    // sw.js_data starts with this anti-JSON-hijacking prefix before the JSON array.
    private const string JsonPrefix = ")]}'";

    /// <summary>Reads visitorData from <c>sw.js_data</c> (at <c>[0][2][0][0][13]</c>); null when it is not there.</summary>
    public async Task<string?> FetchVisitorDataAsync(CancellationToken cancellationToken)
    {
        var text = await SendAsync(new HttpRequestMessage(HttpMethod.Get, Address("/sw.js_data")), cancellationToken);
        text = text.TrimStart();
        if (text.StartsWith(JsonPrefix, StringComparison.Ordinal))
        {
            text = text[JsonPrefix.Length..];
        }

        try
        {
            JsonElement? value = JsonDocument.Parse(text).RootElement;
            foreach (var index in new[] { 0, 2, 0, 0, 13 })
            {
                value = value is { ValueKind: JsonValueKind.Array } array && array.GetArrayLength() > index ? array[index] : null;
            }

            return value.String() is { Length: > 0 } visitorData ? visitorData : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Asks one client for the player response of <paramref name="videoId"/>.</summary>
    /// <exception cref="InnerTubeRequestException">No response, or a status other than success.</exception>
    /// <exception cref="InvalidDataException">The body is not a JSON object.</exception>
    public async Task<PlayerResponse> GetPlayerAsync(YouTubeClientProfile client, string videoId, string? visitorData, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Address("/youtubei/v1/player?prettyPrint=false"))
        {
            Content = new StringContent(PlayerBody(client, videoId, visitorData).ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("User-Agent", client.UserAgent);
        request.Headers.Add("X-YouTube-Client-Name", client.Id!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("X-YouTube-Client-Version", client.Version);
        request.Headers.Add("Origin", "https://www.youtube.com");
        if (visitorData is not null)
        {
            request.Headers.Add("X-Goog-Visitor-Id", visitorData);
        }

        var body = await SendAsync(request, cancellationToken);
        return PlayerResponse.Parse(body);
    }

    public static JsonObject PlayerBody(YouTubeClientProfile client, string videoId, string? visitorData)
    {
        var context = new JsonObject
        {
            ["clientName"] = client.Name,
            ["clientVersion"] = client.Version,
            ["deviceMake"] = client.DeviceMake,
            ["deviceModel"] = client.DeviceModel,
            ["osName"] = client.OsName,
            ["osVersion"] = client.OsVersion,
            ["hl"] = "en",
            ["gl"] = "US",
            ["timeZone"] = "UTC",
            ["utcOffsetMinutes"] = 0,
        };
        if (visitorData is not null)
        {
            context["visitorData"] = visitorData;
        }

        return new JsonObject
        {
            ["context"] = new JsonObject { ["client"] = context },
            ["videoId"] = videoId,
            ["contentCheckOk"] = true,
            ["racyCheckOk"] = true,
            ["playbackContext"] = new JsonObject
            {
                ["contentPlaybackContext"] = new JsonObject { ["html5Preference"] = "HTML5_PREF_WANTS" },
            },
        };
    }

    private Uri Address(string pathAndQuery) => new(options.CurrentValue.ApiBaseAddress.TrimEnd('/') + pathAndQuery);

    private async Task<string> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            try
            {
                request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
                using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                return response.IsSuccessStatusCode
                    ? body
                    : throw new InnerTubeRequestException($"{request.RequestUri?.AbsolutePath} answered {(int)response.StatusCode} {response.ReasonPhrase}.", response.StatusCode);
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException or TimeoutRejectedException
                                           || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
            {
                throw new InnerTubeRequestException($"{request.RequestUri?.AbsolutePath} failed: {ex.Message}", null, ex);
            }
        }
    }
}
