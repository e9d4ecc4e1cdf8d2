using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using YouTubeDownloader.Api.Contract;
using YouTubeDownloader.Api.Errors;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Commands;
using YouTubeDownloader.Views;

namespace YouTubeDownloader.Api.Routes;

/// <summary><c>DELETE /api/downloads/{id}/remove</c>: cancels if running, deletes the file, the task and its history.</summary>
public sealed class RemoveDownloadFunction(DownloadCommands downloads)
{
    [Function("RemoveDownload")]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "delete", Route = "downloads/{id}/remove")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string id,
        CancellationToken cancellationToken)
    {
        if (!DownloadId.TryParse(id, out var taskId) || !await downloads.RemoveAsync(client, taskId, cancellationToken))
        {
            return ApiError.NotFound();
        }

        return new JsonResult(ApiMessage.Removed, ContractJson.Options);
    }
}
