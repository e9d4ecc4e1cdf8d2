using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Sources;

/// <summary>What a refused media request means for a download: 429, 408 and 5xx may pass, the rest will not.</summary>
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
        throw status switch
        {
            429 => new TransientDownloadException(DownloadErrorCode.RateLimited, reason),
            403 => new DownloadFailedException(DownloadErrorCode.StreamForbidden, reason),
            >= 500 or 408 => new TransientDownloadException(DownloadErrorCode.SourceError, reason),
            _ => new DownloadFailedException(DownloadErrorCode.SourceError, reason),
        };
    }
}
