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

/// <summary><c>DELETE /api/downloads/{id}</c>: cancels a running task; 409 when it had already finished.</summary>
public sealed class CancelDownloadFunction(DownloadCommands downloads)
{
    [Function("CancelDownload")]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "delete", Route = "downloads/{id}")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string id,
        CancellationToken cancellationToken)
    {
        if (!DownloadId.TryParse(id, out var taskId))
        {
            return ApiError.NotFound();
        }

        return await downloads.CancelAsync(client, taskId, cancellationToken) switch
        {
            CancelOutcome.Cancelled => new JsonResult(ApiMessage.Cancelled, ContractJson.Options),
            CancelOutcome.AlreadyFinished => ApiError.AlreadyFinished(),
            _ => ApiError.NotFound(),
        };
    }
}
