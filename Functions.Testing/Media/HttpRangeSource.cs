using System.Net;
using System.Net.Http.Headers;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Sources;

namespace YouTubeDownloader.Testing.Media;

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
            HttpRefusal.ThrowIfRefused(response);
            if (response.StatusCode != HttpStatusCode.PartialContent
                || response.Content.Headers.ContentRange is not { From: { } from, To: { } to }
                || from != offset || to != offset + count - 1)
            {
                throw new DownloadFailedException(
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
}
