using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Net.Http.Headers;
using YouTubeDownloader.Api.Contract;
using YouTubeDownloader.Api.Errors;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Thumbnails;
using YouTubeDownloader.Views;

namespace YouTubeDownloader.Api.Routes;

/// <summary><c>GET /api/thumbnails/{id}</c>: the task's stored thumbnail image; 404 <c>download_not_found</c> otherwise.</summary>
public sealed class GetThumbnailFunction(DownloadQueries downloads, TaskThumbnails thumbnails)
{
    [Function("GetThumbnail")]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "thumbnails/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        if (!DownloadId.TryParse(id, out var taskId)
            || await downloads.GetAsync(taskId, cancellationToken) is not { HasThumbnail: true }
            || await thumbnails.OpenAsync(taskId, cancellationToken) is not { } image)
        {
            return ApiError.NotFound();
        }

        return new FileStreamResult(image.Content, image.ContentType)
        {
            EntityTag = new EntityTagHeaderValue(image.ETag.ToString("H")),
            LastModified = image.LastModified,
        };
    }
}
