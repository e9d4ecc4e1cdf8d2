using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using YouTubeDownloader.Api.Contract;
using YouTubeDownloader.Api.Errors;
using YouTubeDownloader.Api.Results;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Events;
using YouTubeDownloader.Views;

namespace YouTubeDownloader.Api.Routes;

/// <summary>
/// <c>GET /api/downloads/{id}/events</c>: the task's progress as Server-Sent Events, a final <c>end</c> event, then the
/// stream closes. The task is read first, so an unknown id is the usual 404 rather than an empty stream.
/// </summary>
public sealed class GetDownloadEventsFunction(DownloadQueries downloads, TaskEventFeed feed)
{
    [Function("GetDownloadEvents")]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "downloads/{id}/events")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        if (!DownloadId.TryParse(id, out var taskId)
            || await downloads.GetAsync(taskId, cancellationToken) is not { } task)
        {
            return ApiError.NotFound();
        }

        // The stream's own token is the request's (the result passes it in): it ends the polling when the client leaves.
        return new TaskEventsResult(feed.FollowAsync(task, CancellationToken.None));
    }
}
