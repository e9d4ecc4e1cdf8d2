using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Api;

/// <summary>
/// <c>GET|HEAD /api/download/{id}/file</c>: streams the finished blob as an attachment, with ranges and ETag
/// (<see cref="FileResponse"/>); <see cref="AttachmentHeader"/> names the file.
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

        return await FileResponse.SendAsync(request, () => downloads.OpenFileAsync(taskId, cancellationToken), AttachmentHeader.For);
    }
}
