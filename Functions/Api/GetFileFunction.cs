using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Net.Http.Headers;
using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Api;

/// <summary>
/// <c>GET|HEAD /api/download/{id}/file</c>: streams the finished blob. ASP.NET Core's file result does the
/// HTTP: ranges (RFC 9110 §14, 206/416), <c>If-None-Match</c>/<c>If-Range</c> (304) and HEAD without a body;
/// <see cref="AttachmentHeader"/> names the file.
/// </summary>
public sealed class GetFileFunction(DownloadService downloads)
{
    [Function("GetFile")]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", "head", Route = "download/{id}/file")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        if (!DownloadId.TryParse(id, out var taskId))
        {
            return ApiError.NotReady();
        }

        DownloadFile? file;
        try
        {
            file = await downloads.OpenFileAsync(taskId, cancellationToken);
        }
        catch (FileNotFoundException)
        {
            return ApiError.FileMissing();
        }

        if (file is null)
        {
            return ApiError.NotReady();
        }

        request.HttpContext.Response.Headers.ContentDisposition = AttachmentHeader.For(file.FileName);
        return new FileStreamResult(file.Content, file.ContentType)
        {
            EnableRangeProcessing = true,
            EntityTag = new EntityTagHeaderValue(file.ETag.ToString("H")),
            LastModified = file.LastModified,
        };
    }
}
