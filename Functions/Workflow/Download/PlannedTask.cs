using YouTubeDownloader.Downloads;
using YouTubeDownloader.Media;
using YouTubeDownloader.Sources;

namespace YouTubeDownloader.Workflow.Download;

/// <summary>What a resolved plan tells the task. Here, not on the task, so the domain knows nothing of the sources.</summary>
public static class PlannedTask
{
    /// <summary>The task once its media is known: title, duration, the size to expect, its chapters and subtitles.</summary>
    public static DownloadTask WithPlan(this DownloadTask task, MediaPlan plan) => task with
    {
        Title = plan.Title,
        Chapters = task.WantsChapters ? new(task.Clip is { } clip ? clip.ForMedia().Cut(plan.Chapters) : plan.Chapters) : ValueList<Chapter>.Empty,
        Subtitles = new(plan.Subtitles),
        DurationSeconds = plan.DurationSeconds,
        FormatNote = plan.FormatNote,
        FileSize = task.Clip?.ShareOf(plan.TotalBytes, plan.DurationSeconds) ?? plan.TotalBytes,
        FileName = DownloadFileName.From(plan.Title, task.DownloadType, task.AudioFormat, task.Clip),
        ContentType = DownloadFileName.ContentTypeOf(task.DownloadType, task.AudioFormat),
    };
}
