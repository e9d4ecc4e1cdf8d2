using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using YouTubeDownloader.Api.Contract;
using YouTubeDownloader.Api.Errors;
using YouTubeDownloader.Api.Results;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Views;
using YouTubeDownloader.Delivery;

namespace YouTubeDownloader.Api.Routes;

/// <summary>
/// <c>GET|HEAD /api/download/{id}/file</c>: streams the finished blob as an attachment, with ranges and ETag
/// (<see cref="FileResponse"/>); <see cref="AttachmentHeader"/> names the file. With <c>?redirect=true</c> a 302 to the
/// direct link instead (<see cref="LinkResponse"/>); without it the route streams, as clients that do not follow
/// redirects (<c>curl -O -J</c>) expect. A playlist task's file is a ZIP of its completed entries (<see cref="PlaylistZipResult"/>).
/// </summary>
public sealed class GetFileFunction(DownloadQueries downloads, TaskFiles files)
{
    [Function("GetFile")]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", "head", Route = "download/{id}/file")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        if (bool.TryParse(request.Query["redirect"], out var redirect) && redirect)
        {
            return await LinkResponse.SendAsync(id, files, cancellationToken, link => new RedirectResult(link.Url.AbsoluteUri));
        }

        if (!DownloadId.TryParse(id, out var taskId))
        {
            return ApiError.NotReady();
        }

        var task = await downloads.GetAsync(taskId, cancellationToken);
        if (task is not null && await files.OpenArchiveAsync(task, cancellationToken) is { } archive)
        {
            return archive.Entries.Count == 0 ? ApiError.NotReady() : new PlaylistZipResult(archive);
        }

        return await FileResponse.SendAsync(request, () => files.OpenAsync(task, cancellationToken), AttachmentHeader.For);
    }
}
