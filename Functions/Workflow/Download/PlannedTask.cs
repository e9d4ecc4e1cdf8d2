using YouTubeDownloader.Downloads;
using YouTubeDownloader.Sources;

namespace YouTubeDownloader.Workflow.Download;

/// <summary>What a resolved plan tells the task. Here, not on the task, so the domain knows nothing of the sources.</summary>
public static class PlannedTask
{
    /// <summary>The task once its media is known: title, duration and the size to expect.</summary>
    public static DownloadTask WithPlan(this DownloadTask task, MediaPlan plan) => task with
    {
        Title = plan.Title,
        DurationSeconds = plan.DurationSeconds,
        FormatNote = plan.FormatNote,
        FileSize = plan.TotalBytes,
        FileName = DownloadFileName.From(plan.Title, task.DownloadType),
        ContentType = DownloadFileName.ContentTypeOf(task.DownloadType),
    };
}
