using YouTubeDownloader.Downloads;
using YouTubeDownloader.Sources;

namespace YouTubeDownloader.Workflow.Download;

/// <summary>Which task, which video, what to make of it. Small, as durable messages should be.</summary>
/// <param name="Run">The task's run (<see cref="DownloadTask.Run"/>) this job belongs to.</param>
/// <param name="Chapters">Whether the file gets the video's chapters.</param>
/// <param name="Subtitles">The subtitle languages asked for (<see cref="SubtitleChoice.Text"/>); null for none.</param>
/// <param name="AutoSubtitles">Whether automatic captions may stand in for a language without written ones.</param>
/// <param name="AudioFormat">What an audio download becomes.</param>
/// <param name="Clip">The part of the video the file holds; null for all of it.</param>
public sealed record DownloadJob(
    Guid TaskId,
    VideoId VideoId,
    Quality Quality,
    DownloadType Type,
    string? FormatId = null,
    int Run = 0,
    bool Chapters = true,
    string? Subtitles = null,
    bool AutoSubtitles = false,
    AudioFormat AudioFormat = AudioFormat.M4a,
    ClipSpan? Clip = null)
{
    public MediaRequest ToRequest() => new(VideoId, Quality, FormatId, SubtitleChoice.From(Subtitles, AutoSubtitles), AudioFormat, Clip);

    public static DownloadJob For(DownloadTask task) => new(
        task.Id, VideoId.Parse(task.VideoId), task.Quality, task.DownloadType, task.FormatId, task.Run, task.WantsChapters, task.SubtitleLanguages, task.AutoSubtitles,
        task.AudioFormat, task.Clip);
}
