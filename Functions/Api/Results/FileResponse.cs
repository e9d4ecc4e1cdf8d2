using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using YouTubeDownloader.Api.Errors;
using YouTubeDownloader.Delivery;
using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Api.Results;

/// <summary>
/// A finished file as an HTTP answer, for the file and stream routes. ASP.NET Core's file result does the HTTP: ranges
/// (RFC 9110 §14, 206/416), <c>If-None-Match</c>/<c>If-Range</c> (304) and HEAD without a body.
/// </summary>
public static class FileResponse
{
    /// <param name="open">Opens the file; null when there is no completed task, <see cref="FileNotFoundException"/> when its blob is gone.</param>
    /// <param name="disposition">Builds <c>Content-Disposition</c> from the file name (<see cref="AttachmentHeader"/>).</param>
    public static async Task<IActionResult> SendAsync(HttpRequest request, Func<Task<DownloadFile?>> open, Func<string, string> disposition)
    {
        DownloadFile? file;
        try
        {
            file = await open();
        }
        catch (FileNotFoundException)
        {
            return ApiError.FileMissing();
        }

        if (file is null)
        {
            return ApiError.NotReady();
        }

        request.HttpContext.Response.Headers.ContentDisposition = disposition(file.FileName);
        return new FileStreamResult(file.Content, file.ContentType)
        {
            EnableRangeProcessing = true,
            EntityTag = new EntityTagHeaderValue(file.ETag.ToString("H")),
            LastModified = file.LastModified,
        };
    }
}
