using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Api;

/// <summary>
/// The answer when YouTube refuses a video a route asked about (info, a URL as search query): 503 when it may pass,
/// 404 when the video does not exist, 422 for the rest (private, age-restricted…), with the contract's code.
/// </summary>
public static class ResolverErrorResult
{
    public static IActionResult From(DownloadFailedException ex)
    {
        var status = ex switch
        {
            TransientDownloadException => StatusCodes.Status503ServiceUnavailable,
            { Code: DownloadErrorCode.VideoUnavailable } => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status422UnprocessableEntity,
        };
        return ApiError.Result(status, "No se puede obtener el vídeo: " + ex.Reason, ex.Code.ToWire());
    }
}
