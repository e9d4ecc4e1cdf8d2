using System.Net;
using System.Net.Http.Headers;
using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Resolution;

/// <summary>An <see cref="IMediaSource"/> over plain HTTP that asks for ranges with the <c>Range</c> header (RFC 9110 §14.2).</summary>
public sealed class HttpRangeSource(HttpClient http, Uri uri, long length) : IMediaSource
{
    public long Length { get; } = length;

    public async Task<Stream> OpenRangeAsync(long offset, long count, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Range = new RangeHeaderValue(offset, offset + count - 1);
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        try
        {
            ThrowOnRefusal(response);
            if (response.StatusCode != HttpStatusCode.PartialContent
                || response.Content.Headers.ContentRange is not { From: { } from, To: { } to }
                || from != offset || to != offset + count - 1)
            {
                throw new TransientDownloadException(
                    DownloadErrorCode.SourceError, $"The source did not honour the range {offset}-{offset + count - 1}.");
            }

            return await response.Content.ReadAsStreamAsync(cancellationToken);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    /// <summary>Maps a refused request to the contract's codes; 5xx and 429 may pass, the rest will not.</summary>
    public static void ThrowOnRefusal(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        if (status < 400)
        {
            return;
        }

        var reason = $"The source answered {status} {response.ReasonPhrase}.";
        throw status switch
        {
            429 => new TransientDownloadException(DownloadErrorCode.RateLimited, reason),
            403 => new DownloadFailedException(DownloadErrorCode.StreamForbidden, reason),
            >= 500 or 408 => new TransientDownloadException(DownloadErrorCode.SourceError, reason),
            _ => new DownloadFailedException(DownloadErrorCode.SourceError, reason),
        };
    }
}
