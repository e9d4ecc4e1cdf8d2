using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Api.Errors;

/// <summary>
/// The answer when YouTube refuses a video or playlist a route asked about (info, a URL as search query): 503 when it
/// may pass, 404 when it does not exist, 422 for the rest (private, age-restricted…), with the contract's code.
/// </summary>
public static class ResolverErrorResult
{
    /// <param name="subject">What could not be read, for the message: the video, or a playlist.</param>
    public static IActionResult From(DownloadFailedException ex, string subject = Texts.VideoSubject)
    {
        var status = ex switch
        {
            TransientDownloadException => StatusCodes.Status503ServiceUnavailable,
            { Code: DownloadErrorCode.VideoUnavailable } => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status422UnprocessableEntity,
        };
        return ApiError.Result(status, Texts.CannotRead(subject, ex.Reason), ex.Code.ToWire());
    }
}
