using System.Net;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Sources;

namespace YouTubeDownloader.YouTube.Videos;

/// <summary>
/// One YouTube stream read in <c>&amp;range=START-END</c> requests (a plain GET is throttled to playback speed).
/// A 403 means the URL expired or was revoked: the source asks for a fresh player response once and retries
/// at the same byte; a 403 on the fresh URL is <c>stream_forbidden</c>. 429 and 5xx are transient.
/// </summary>
internal sealed class YouTubeMediaSource(
    HttpClient http,
    StreamTarget initial,
    long length,
    Func<CancellationToken, Task<StreamTarget>> refresh) : IMediaSource
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private StreamTarget current = initial;
    private bool refreshed;

    public long Length { get; } = length;

    public async Task<Stream> OpenRangeAsync(long offset, long count, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(checked(offset + count), Length, nameof(count));

        var target = Volatile.Read(ref current);
        var response = await SendAsync(target, offset, count, cancellationToken);
        if (IsForbidden(response.StatusCode))
        {
            response.Dispose();
            target = await RefreshAsync(target, cancellationToken);
            response = await SendAsync(target, offset, count, cancellationToken);
            if (IsForbidden(response.StatusCode))
            {
                response.Dispose();
                throw new DownloadFailedException(DownloadErrorCode.StreamForbidden,
                    $"YouTube refused the stream ({(int)response.StatusCode}) even after a fresh player response.");
            }
        }

        try
        {
            HttpRefusal.ThrowIfRefused(response);
            if (response.Content.Headers.ContentLength is { } declared && declared != count)
            {
                throw new IOException($"Asked for {count} bytes at {offset}, the response declares {declared}.");
            }

            var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            return new LengthCheckedStream(body, count, response);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private static bool IsForbidden(HttpStatusCode status) => status is HttpStatusCode.Forbidden or HttpStatusCode.Gone;

    private async Task<HttpResponseMessage> SendAsync(StreamTarget target, long offset, long count, CancellationToken cancellationToken)
    {
        var separator = target.Url.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{target.Url}{separator}range={offset}-{offset + count - 1}");
        if (target.UserAgent is { Length: > 0 } agent)
        {
            request.Headers.TryAddWithoutValidation("User-Agent", agent);
        }

        try
        {
            return await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            var code = Unreachable.Is(ex) ? DownloadErrorCode.SourceUnreachable : DownloadErrorCode.SourceError;
            throw new DownloadFailedException(code, $"The stream request failed: {ex.Message}", ex);
        }
    }

    private async Task<StreamTarget> RefreshAsync(StreamTarget seen, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (!ReferenceEquals(current, seen))
            {
                return current; // Another segment already fetched a fresh URL.
            }

            if (refreshed)
            {
                throw new DownloadFailedException(DownloadErrorCode.StreamForbidden, "YouTube refused the stream even after a fresh player response.");
            }

            var fresh = await refresh(cancellationToken);
            refreshed = true;
            Volatile.Write(ref current, fresh);
            return fresh;
        }
        finally
        {
            gate.Release();
        }
    }
}
