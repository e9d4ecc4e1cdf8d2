using Microsoft.AspNetCore.Mvc;
using YouTubeDownloader.Api.Contract;
using YouTubeDownloader.Api.Errors;
using YouTubeDownloader.Delivery;
using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Api.Results;

/// <summary>A direct link for the link route (as JSON) and the file route's <c>?redirect=true</c> (as a 302), with the file route's 404s.</summary>
public static class LinkResponse
{
    public static async Task<IActionResult> SendAsync(
        string id, TaskFiles files, CancellationToken cancellationToken, Func<DownloadLink, IActionResult> answer)
    {
        if (!DownloadId.TryParse(id, out var taskId))
        {
            return ApiError.NotReady();
        }

        var lookup = await files.CreateLinkAsync(taskId, AttachmentHeader.For, cancellationToken);
        if (lookup.Value is not { } link)
        {
            return lookup.State == FileState.Missing ? ApiError.FileMissing() : ApiError.NotReady();
        }

        return answer(link);
    }
}
