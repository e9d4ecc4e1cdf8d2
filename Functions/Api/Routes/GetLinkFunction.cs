using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using YouTubeDownloader.Api.Contract;
using YouTubeDownloader.Api.Results;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Delivery;
using YouTubeDownloader.Views;

namespace YouTubeDownloader.Api.Routes;

/// <summary>
/// <c>GET /api/download/{id}/link</c>: a short-lived read-only URL straight to the finished blob, so big files do not
/// flow through the function; the same 404s as the file route.
/// </summary>
public sealed class GetLinkFunction(TaskFiles files)
{
    [Function("GetLink")]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "download/{id}/link")] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        await LinkResponse.SendAsync(id, files, cancellationToken, link => new JsonResult(DownloadLinkResponse.From(link), ContractJson.Options));
}
