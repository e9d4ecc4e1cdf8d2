using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Sources;

/// <summary>
/// What a refused media request means for a download: 429 is throttling, 403 a refused stream, anything else a source
/// error. Whether each may pass is the code's to say (<see cref="DownloadErrorCodes.IsRetryable"/>): a 404 or 416 is
/// retried like a 5xx, where a code of its own would end the task at once.
/// </summary>
public static class HttpRefusal
{
    public static void ThrowIfRefused(HttpResponseMessage response)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var status = (int)response.StatusCode;
        var reason = $"The source answered {status} {response.ReasonPhrase}.";
        var code = status switch
        {
            429 => DownloadErrorCode.RateLimited,
            403 => DownloadErrorCode.StreamForbidden,
            _ => DownloadErrorCode.SourceError,
        };
        throw new DownloadFailedException(code, reason);
    }
}
