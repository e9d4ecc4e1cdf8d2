using YouTubeDownloader.Downloads;
using YouTubeDownloader.Sources;

namespace YouTubeDownloader.Workflow.Download;

/// <summary>Which task, which video, what to make of it. Small, as durable messages should be.</summary>
/// <param name="Run">The task's run (<see cref="DownloadTask.Run"/>) this job belongs to.</param>
/// <param name="Chapters">Whether the file gets the video's chapters.</param>
/// <param name="Subtitles">The subtitle languages asked for (<see cref="SubtitleChoice.Text"/>); null for none.</param>
/// <param name="AutoSubtitles">Whether automatic captions may stand in for a language without written ones.</param>
/// <param name="Clip">The part of the video the file holds; null for all of it.</param>
public sealed record DownloadJob(
    Guid TaskId,
    string VideoId,
    string Quality,
    DownloadType Type,
    string? FormatId = null,
    int Run = 0,
    bool Chapters = true,
    string? Subtitles = null,
    bool AutoSubtitles = false,
    ClipSpan? Clip = null)
{
    public MediaRequest ToRequest() => new(VideoId, Downloads.Quality.Parse(Quality), FormatId, SubtitleChoice.From(Subtitles, AutoSubtitles), Clip);

    public static DownloadJob For(DownloadTask task) => new(
        task.Id, task.VideoId, task.Quality.ToString(), task.DownloadType, task.FormatId, task.Run, task.WantsChapters, task.SubtitleLanguages, task.AutoSubtitles, task.Clip);
}
