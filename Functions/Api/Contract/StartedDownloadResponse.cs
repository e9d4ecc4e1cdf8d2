using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Views;

namespace YouTubeDownloader.Api.Contract;

/// <summary>The answer to <c>POST /api/download</c> and to a retry: the task plus <c>download_id</c>.</summary>
public sealed record StartedDownloadResponse : TaskView
{
    [SetsRequiredMembers]
    private StartedDownloadResponse(TaskView task)
        : base(task) => DownloadId = task.Id;

    public string DownloadId { get; init; }

    public static new StartedDownloadResponse From(DownloadTask task) => new(TaskView.From(task));

    /// <summary>202 with the task and <c>Location</c> naming where to poll it.</summary>
    public static IActionResult Accepted(HttpRequest request, DownloadTask task)
    {
        request.HttpContext.Response.Headers.Location = $"/api/downloads/{TaskIds.Format(task.Id)}";
        return new JsonResult(From(task), ContractJson.Options) { StatusCode = StatusCodes.Status202Accepted };
    }
}
