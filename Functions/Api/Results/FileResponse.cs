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
    /// <param name="open">Looks the file up and opens it when it is there.</param>
    /// <param name="disposition">Builds <c>Content-Disposition</c> from the file name (<see cref="AttachmentHeader"/>).</param>
    public static async Task<IActionResult> SendAsync(HttpRequest request, Func<Task<FileLookup<DownloadFile>>> open, Func<string, string> disposition)
    {
        var lookup = await open();
        if (lookup.Value is not { } file)
        {
            return lookup.State == FileState.Missing ? ApiError.FileMissing() : ApiError.NotReady();
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
