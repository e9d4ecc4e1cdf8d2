using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using YouTubeDownloader.Api.Contract;
using YouTubeDownloader.Api.Errors;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Views;

namespace YouTubeDownloader.Api.Routes;

/// <summary><c>GET /api/downloads/{id}</c>: one task.</summary>
public sealed class GetDownloadFunction(DownloadQueries downloads)
{
    [Function("GetDownload")]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "downloads/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        if (!DownloadId.TryParse(id, out var taskId)
            || await downloads.GetAsync(taskId, cancellationToken) is not { } task)
        {
            return ApiError.NotFound();
        }

        return new JsonResult(TaskView.From(task), ContractJson.Options);
    }
}
