using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using YouTubeDownloader.Api.Contract;
using YouTubeDownloader.Api.Errors;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Commands;

namespace YouTubeDownloader.Api.Routes;

/// <summary>
/// <c>POST /api/downloads/{id}/retry</c>: runs a task that ended in <c>error</c> or <c>cancelled</c> again from the
/// start under the same id → 202 with the task; 409 <c>download_not_retryable</c> for any other status.
/// </summary>
public sealed class RetryDownloadFunction(DownloadCommands downloads)
{
    [Function("RetryDownload")]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "downloads/{id}/retry")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string id,
        CancellationToken cancellationToken)
    {
        if (!DownloadId.TryParse(id, out var taskId))
        {
            return ApiError.NotFound();
        }

        return await downloads.RetryAsync(client, taskId, cancellationToken) switch
        {
            { Outcome: RetryOutcome.Retried, Task: { } task } => StartedDownloadResponse.Accepted(request, task),
            { Outcome: RetryOutcome.NotRetryable } => ApiError.NotRetryable(),
            _ => ApiError.NotFound(),
        };
    }
}
