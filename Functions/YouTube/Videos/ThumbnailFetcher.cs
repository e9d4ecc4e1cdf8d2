using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using YouTubeDownloader.Sources;

namespace YouTubeDownloader.YouTube.Videos;

/// <summary>
/// Fetches a thumbnail, only from YouTube's image hosts (<see cref="YouTubeOptions.ThumbnailBaseAddresses"/>):
/// the URL comes from YouTube's answer, but checking it keeps this from ever becoming an open proxy.
/// Redirects are not followed (they could lead anywhere). Best effort: a failure is null, never a failed download.
/// </summary>
public sealed class ThumbnailFetcher(IHttpClientFactory httpClients, IOptionsMonitor<YouTubeOptions> options, ILogger<ThumbnailFetcher> logger)
{
    public const string HttpClientName = "YouTube.Thumbnails";

    /// <summary>Larger answers are not thumbnails.</summary>
    public const int MaxBytes = 4 * 1024 * 1024;

    public bool IsAllowed(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && string.IsNullOrEmpty(uri.UserInfo)
        && options.CurrentValue.ThumbnailBaseAddresses.Any(b =>
            Uri.TryCreate(b, UriKind.Absolute, out var allowed)
            && uri.Scheme == allowed.Scheme
            && string.Equals(uri.Host, allowed.Host, StringComparison.OrdinalIgnoreCase)
            && uri.Port == allowed.Port);

    public async Task<MediaThumbnail?> FetchAsync(string? url, CancellationToken cancellationToken)
    {
        if (!IsAllowed(url))
        {
            logger.LogWarning("Thumbnail URL {Url} is not on an allowed image host; not fetched.", url);
            return null;
        }

        try
        {
            using var response = await httpClients.CreateClient(HttpClientName)
                .GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var type = response.Content.Headers.ContentType?.MediaType;
            if (!response.IsSuccessStatusCode || type is null || !type.StartsWith("image/", StringComparison.OrdinalIgnoreCase)
                || response.Content.Headers.ContentLength > MaxBytes)
            {
                logger.LogWarning("Thumbnail {Url} answered {Status} {Type}; not kept.", url, (int)response.StatusCode, type);
                return null;
            }

            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            using var copy = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                if (copy.Length + read > MaxBytes)
                {
                    return null;
                }

                copy.Write(buffer, 0, read);
            }

            return new MediaThumbnail(copy.ToArray(), type);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            logger.LogWarning(ex, "Thumbnail {Url} could not be fetched.", url);
            return null;
        }
    }
}
