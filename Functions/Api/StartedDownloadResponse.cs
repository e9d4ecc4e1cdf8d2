using System.Diagnostics.CodeAnalysis;
using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Api;

/// <summary>The answer to <c>POST /api/download</c>: the task plus <c>download_id</c>.</summary>
public sealed record StartedDownloadResponse : DownloadTaskResponse
{
    [SetsRequiredMembers]
    private StartedDownloadResponse(DownloadTaskResponse task)
        : base(task) => DownloadId = task.Id;

    public string DownloadId { get; init; }

    public static new StartedDownloadResponse From(DownloadTask task) => new(DownloadTaskResponse.From(task));
}
