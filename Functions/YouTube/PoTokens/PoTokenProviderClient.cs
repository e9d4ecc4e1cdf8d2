using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace YouTubeDownloader.YouTube.PoTokens;

/// <summary>
/// Asks a bgutil-compatible provider for PO tokens: <c>POST /get_pot</c> with <c>{"content_binding": id}</c> answers
/// <c>{"poToken", "contentBinding", "expiresAt"}</c>; <c>GET /ping</c> says it is up. Tokens are kept per binding until
/// they expire. Every failure of the provider is a <see cref="PoTokenResult"/> without a token, within the configured
/// timeout, saying why; none is an exception, and none is logged here: the caller's line about the client it skips
/// says it once.
/// </summary>
public sealed class PoTokenProviderClient(
    IHttpClientFactory httpClients,
    IOptionsMonitor<PoTokenProviderOptions> options,
    TimeProvider time)
{
    public const string HttpClientName = "YouTube.PoTokenProvider";

    // A token this close to its end is not handed out: the download it serves takes a while.
    private static readonly TimeSpan ExpiryMargin = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, PoToken> tokens = new(StringComparer.Ordinal);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(options.CurrentValue.BaseAddress);

    /// <summary>A token bound to <paramref name="contentBinding"/> (a video id), from the cache while it lasts.</summary>
    public async Task<PoTokenResult> GetAsync(string contentBinding, CancellationToken cancellationToken)
    {
        if (!IsConfigured)
        {
            return PoTokenResult.None(PoTokenMiss.NotConfigured);
        }

        if (tokens.TryGetValue(contentBinding, out var kept) && kept.ExpiresAt - ExpiryMargin > time.GetUtcNow())
        {
            return PoTokenResult.Of(kept);
        }

        var (answer, failure) = await SendAsync(HttpMethod.Post, "/get_pot", JsonContent.Create(new { content_binding = contentBinding }), cancellationToken);
        if (answer is null)
        {
            return PoTokenResult.None(PoTokenMiss.Unavailable, failure);
        }

        if (Read(answer, contentBinding) is not { } token)
        {
            return PoTokenResult.None(PoTokenMiss.Invalid, "the answer of /get_pot holds no token");
        }

        tokens[contentBinding] = token;
        return PoTokenResult.Of(token);
    }

    /// <summary>Whether the provider answers <c>/ping</c> in time.</summary>
    public async Task<bool> PingAsync(CancellationToken cancellationToken) =>
        IsConfigured && (await SendAsync(HttpMethod.Get, "/ping", null, cancellationToken)).Body is not null;

    // The body of a success, or why there is none: a refusal, a failure or no answer in time.
    private async Task<(string? Body, string? Failure)> SendAsync(HttpMethod method, string path, HttpContent? content, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromMilliseconds(settings.TimeoutMilliseconds));
        try
        {
            using var request = new HttpRequestMessage(method, new Uri(settings.BaseAddress!.TrimEnd('/') + path)) { Content = content };
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, deadline.Token);
            if (!response.IsSuccessStatusCode)
            {
                return (null, $"{path} answered {(int)response.StatusCode}");
            }

            return (await response.Content.ReadAsStringAsync(deadline.Token), null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, $"{path} gave no answer within {settings.TimeoutMilliseconds} ms");
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            return (null, $"{path} failed ({e.GetType().Name})");
        }
    }

    private static PoToken? Read(string body, string contentBinding)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("poToken", out var value) || value.GetString() is not { Length: > 0 } token
                || !root.TryGetProperty("expiresAt", out var expires) || ExpiresAt(expires) is not { } expiresAt)
            {
                return null;
            }

            return new PoToken(token, contentBinding, expiresAt);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    // bgutil writes a JSON date (ISO 8601); epoch seconds are read too.
    private static DateTimeOffset? ExpiresAt(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String when DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) => at,
        JsonValueKind.Number when value.TryGetInt64(out var seconds) => DateTimeOffset.FromUnixTimeSeconds(seconds),
        _ => null,
    };
}
