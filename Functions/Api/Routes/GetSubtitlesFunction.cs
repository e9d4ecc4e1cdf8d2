using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Net.Http.Headers;
using YouTubeDownloader.Api.Contract;
using YouTubeDownloader.Api.Errors;
using YouTubeDownloader.Api.Results;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Subtitles;
using YouTubeDownloader.Views;

namespace YouTubeDownloader.Api.Routes;

/// <summary>
/// <c>GET /api/download/{id}/subtitles/{lang}</c>: one subtitle track of a completed task as WebVTT (<c>text/vtt</c>), an
/// attachment named after the title (<c>Title.en.vtt</c>). 404 <c>download_not_ready</c> for an unknown or unfinished task,
/// 404 <c>subtitles_not_found</c> for a language the task does not list.
/// </summary>
public sealed class GetSubtitlesFunction(DownloadQueries downloads, TaskSubtitles subtitles)
{
    [Function("GetSubtitles")]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "download/{id}/subtitles/{lang}")] HttpRequest request,
        string id,
        string lang,
        CancellationToken cancellationToken)
    {
        if (!DownloadId.TryParse(id, out var taskId) || await downloads.GetAsync(taskId, cancellationToken) is not { Status: DownloadStatus.Completed } task)
        {
            return ApiError.NotReady();
        }

        if (task.Subtitles.FirstOrDefault(s => string.Equals(s.Lang, lang, StringComparison.OrdinalIgnoreCase)) is not { } track
            || await subtitles.OpenAsync(taskId, track.Lang, cancellationToken) is not { } stored)
        {
            return ApiError.SubtitlesNotFound();
        }

        request.HttpContext.Response.Headers.ContentDisposition = AttachmentHeader.For(DownloadFileName.ForSubtitles(task.Title, track.Lang));
        return new FileStreamResult(stored.Content, TaskSubtitles.ContentType)
        {
            EntityTag = new EntityTagHeaderValue(stored.ETag.ToString("H")),
            LastModified = stored.LastModified,
        };
    }
}
