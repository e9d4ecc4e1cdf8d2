using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Polly.Timeout;
using YouTubeDownloader.YouTube.Clients;
using YouTubeDownloader.YouTube.Cookies;
using YouTubeDownloader.YouTube.Wire;
using YouTubeDownloader.YouTube.Wire.Search;

namespace YouTubeDownloader.YouTube.InnerTube;

/// <summary>
/// The HTTP side of InnerTube: <c>sw.js_data</c> for visitorData, <c>/youtubei/v1/player</c> and <c>/youtubei/v1/search</c>, with the body and
/// headers of docs/youtube.md ("How it works"). A singleton: each request takes its HttpClient from IHttpClientFactory.
/// </summary>
public sealed partial class InnerTubeClient(IHttpClientFactory httpClients, IOptionsMonitor<YouTubeOptions> options, TimeProvider time)
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

    /// <summary>
    /// One page of <c>/youtubei/v1/search</c>: the first page of <paramref name="query"/> with the configured filter
    /// (<see cref="YouTubeOptions.SearchParams"/>), or the page a <paramref name="continuation"/> token names.
    /// </summary>
    /// <exception cref="InnerTubeRequestException">No response, or a status other than success.</exception>
    /// <exception cref="InvalidDataException">The body is not a JSON object.</exception>
    public async Task<SearchResponse> SearchAsync(string query, string? continuation, string? visitorData, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var client = settings.SearchClient;
        var body = new JsonObject { ["context"] = new JsonObject { ["client"] = ClientContext(client, visitorData) } };
        if (continuation is not null)
        {
            body["continuation"] = continuation;
        }
        else
        {
            body["query"] = query;
            body["params"] = settings.SearchParams;
        }

        var text = await PostAsync("/youtubei/v1/search?prettyPrint=false", client, body, visitorData, cancellationToken);
        return SearchResponse.Parse(Encoding.UTF8.GetBytes(text));
    }

    private async Task<string> PostAsync(
        string pathAndQuery, YouTubeClientProfile client, JsonObject body, string? visitorData, CancellationToken cancellationToken, YouTubeCookies? cookies = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Address(pathAndQuery))
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("User-Agent", client.UserAgent);
        request.Headers.Add("X-YouTube-Client-Name", client.Id!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("X-YouTube-Client-Version", client.Version);
        request.Headers.Add("Origin", "https://www.youtube.com");
        if (visitorData is not null)
        {
            request.Headers.Add("X-Goog-Visitor-Id", visitorData);
        }

        if (cookies is { IsEmpty: false })
        {
            AddCookies(request, pathAndQuery, cookies);
        }

        return await SendAsync(request, cancellationToken);
    }

    // The cookies are youtube.com's: they are matched against the path on www.youtube.com, whatever ApiBaseAddress is
    // (tests point it at a fake on 127.0.0.1, which no cookie domain matches).
    private void AddCookies(HttpRequestMessage request, string pathAndQuery, YouTubeCookies cookies)
    {
        var now = time.GetUtcNow();
        if (cookies.CookieHeader(new Uri(YouTubeCookies.Origin + pathAndQuery), now) is { } header)
        {
            request.Headers.TryAddWithoutValidation("Cookie", header);
        }

        if (cookies.Authorization(now) is { } authorization)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization.Authorization);
            request.Headers.TryAddWithoutValidation("X-Origin", authorization.Origin);
            request.Headers.TryAddWithoutValidation("X-Goog-AuthUser", authorization.AuthUser);
        }
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
