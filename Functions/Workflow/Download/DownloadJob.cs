using YouTubeDownloader.Downloads;
using YouTubeDownloader.Sources;

namespace YouTubeDownloader.Workflow.Download;

/// <summary>Which task, which video, what to make of it. Small, as durable messages should be.</summary>
/// <param name="Run">The task's run (<see cref="DownloadTask.Run"/>) this job belongs to.</param>
public sealed record DownloadJob(Guid TaskId, string VideoId, string Quality, DownloadType Type, string? FormatId = null, int Run = 0)
{
    public MediaRequest ToRequest() => new(VideoId, Downloads.Quality.Parse(Quality), FormatId);

    public static DownloadJob For(DownloadTask task) => new(task.Id, task.VideoId, task.Quality.ToString(), task.DownloadType, task.FormatId, task.Run);
}
