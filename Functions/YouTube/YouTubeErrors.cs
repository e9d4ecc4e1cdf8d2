using System.Net;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Sources;
using YouTubeDownloader.YouTube.Videos;
using YouTubeDownloader.YouTube.InnerTube;

namespace YouTubeDownloader.YouTube;

/// <summary>
/// Builds the exception for a refusal or a failed request. Whether it is worth retrying is the code's
/// (<see cref="DownloadErrorCodes.IsRetryable"/>), not the throw site's.
/// </summary>
public static class YouTubeErrors
{
    /// <param name="detail">For the log; the client reads <paramref name="text"/>, by default the code's.</param>
    public static DownloadFailedException Create(DownloadErrorCode code, string detail, Exception? inner = null, string? text = null) =>
        new(code, detail, inner, text);

    public static DownloadFailedException Create(Refusal refusal) => Create(refusal.Code, refusal.Reason);

    /// <summary>A request that got no usable answer: 429 is throttling, no answer at all is YouTube unreachable, the rest a source error.</summary>
    public static DownloadErrorCode CodeOf(InnerTubeRequestException ex) => ex.StatusCode switch
    {
        HttpStatusCode.TooManyRequests => DownloadErrorCode.RateLimited,
        null when Unreachable.Is(ex) => DownloadErrorCode.SourceUnreachable,
        _ => DownloadErrorCode.SourceError,
    };
}
