using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using YouTubeDownloader.Api.Contract;
using YouTubeDownloader.Api.Errors;
using YouTubeDownloader.Api.Results;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Delivery;

namespace YouTubeDownloader.Api.Routes;

/// <summary>
/// <c>GET|HEAD /api/stream/{id or filename}</c>: the finished file for a <c>&lt;video&gt;</c> element, like the file route
/// (ranges, ETag) but <c>Content-Disposition: inline</c>. The original API's route takes a file name: a value that is not
/// a task id is the <c>filename</c> of a task, and the most recent completed one with that name is served.
/// </summary>
public sealed class StreamFunction(TaskFiles files)
{
    /// <summary>File names are at most 120 characters plus the extension; anything much longer is no file name and never reaches storage.</summary>
    public const int MaxFileNameLength = 255;

    [Function("Stream")]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", "head", Route = "stream/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        if (DownloadId.TryParse(id, out var taskId))
        {
            return await FileResponse.SendAsync(request, () => files.OpenAsync(taskId, cancellationToken), AttachmentHeader.Inline);
        }

        if (string.IsNullOrWhiteSpace(id) || id.Length > MaxFileNameLength)
        {
            return ApiError.NotReady();
        }

        return await FileResponse.SendAsync(request, () => files.OpenByNameAsync(id, cancellationToken), AttachmentHeader.Inline);
    }
}
