using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using YouTubeDownloader.YouTube.Wire;

namespace YouTubeDownloader.YouTube.Videos;

/// <summary>
/// Fetches a caption track as WebVTT (<c>fmt=vtt</c> on its <c>baseUrl</c>), only from YouTube's own origin
/// (<see cref="YouTubeOptions.ApiBaseAddress"/>): the URL comes from YouTube's answer, and checking it keeps this from ever
/// fetching anything else. Redirects are not followed. Best effort: a failure is null, and the language is then absent.
/// </summary>
public sealed class CaptionFetcher(IHttpClientFactory httpClients, IOptionsMonitor<YouTubeOptions> options, ILogger<CaptionFetcher> logger)
{
    public const string HttpClientName = "YouTube.Captions";

    /// <summary>Hours of dense captions are a few hundred KB; far more is no caption track.</summary>
    public const int MaxBytes = 8 * 1024 * 1024;

    public async Task<string?> FetchVttAsync(CaptionTrack track, CancellationToken cancellationToken)
    {
        if (Url(track.BaseUrl) is not { } url)
        {
            logger.LogWarning("Caption track {Lang} is not on YouTube's origin; not fetched.", track.LanguageCode);
            return null;
        }

        try
        {
            using var response = await httpClients.CreateClient(HttpClientName).GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode || response.Content.Headers.ContentLength > MaxBytes)
            {
                logger.LogWarning("Caption track {Lang} answered {Status}; left out.", track.LanguageCode, (int)response.StatusCode);
                return null;
            }

            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > MaxBytes)
                {
                    logger.LogWarning("Caption track {Lang} passes {Max} bytes; left out.", track.LanguageCode, MaxBytes);
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }

            return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Caption track {Lang} could not be fetched: {Reason}; left out.", track.LanguageCode, e.GetType().Name);
            return null;
        }
    }

    /// <summary>The track's URL asking for WebVTT, when it is on the API's origin; null otherwise.</summary>
    private Uri? Url(string? baseUrl)
    {
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || !string.IsNullOrEmpty(uri.UserInfo)
            || !Uri.TryCreate(options.CurrentValue.ApiBaseAddress, UriKind.Absolute, out var api)
            || uri.Scheme != api.Scheme || !string.Equals(uri.Host, api.Host, StringComparison.OrdinalIgnoreCase) || uri.Port != api.Port)
        {
            return null;
        }

        var query = System.Web.HttpUtility.ParseQueryString(uri.Query);
        query["fmt"] = "vtt";
        return new UriBuilder(uri) { Query = query.ToString() }.Uri;
    }
}
