using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Views;

/// <summary>The task object of the contract, field for field.</summary>
public record TaskView
{
    public required string Id { get; init; }

    public required string Url { get; init; }

    public required string Title { get; init; }

    public required string Thumbnail { get; init; }

    public required DownloadStatus Status { get; init; }

    public required double Progress { get; init; }

    public required string Speed { get; init; }

    public required string Eta { get; init; }

    public required long Filesize { get; init; }

    public required long DownloadedBytes { get; init; }

    public required string FormatNote { get; init; }

    public bool IsPlaylist { get; init; }

    public int PlaylistIndex { get; init; }

    public int PlaylistTotal { get; init; } = 1;

    /// <summary>An entry's playlist task id; null for the playlist task and for a single video.</summary>
    public string? PlaylistId { get; init; }

    /// <summary>The subscription that started the download; null for one a client started.</summary>
    public string? SubscriptionId { get; init; }

    public required string Filename { get; init; }

    public required string Quality { get; init; }

    public required DownloadType DownloadType { get; init; }

    public required string? ErrorMessage { get; init; }

    public required string CreatedAt { get; init; }

    public required string? CompletedAt { get; init; }

    public required string? ErrorCode { get; init; }

    public required string VideoId { get; init; }

    public required int? DurationSeconds { get; init; }

    public required string ContentType { get; init; }

    /// <summary>While a step waits to be tried again, the attempt it waits for; else null.</summary>
    public required int? Attempt { get; init; }

    /// <summary>While a step waits to be tried again, why the attempt before failed; else null.</summary>
    public required TaskErrorView? LastError { get; init; }

    /// <summary>The file's chapters, in order; empty when none.</summary>
    public ValueList<ChapterView> Chapters { get; init; } = ValueList<ChapterView>.Empty;

    /// <summary>The task's subtitle tracks; a language asked for that the video lacks is not here.</summary>
    public ValueList<SubtitleView> Subtitles { get; init; } = ValueList<SubtitleView>.Empty;

    /// <summary>The part of the video the file holds; null for all of it.</summary>
    public ClipView? Clip { get; init; }

    public static TaskView From(DownloadTask task) => new()
    {
        Id = TaskIds.Format(task.Id),
        Url = task.Url,
        Title = task.Title,
        Thumbnail = task.HasThumbnail ? $"/api/thumbnails/{TaskIds.Format(task.Id)}" : "",
        Status = task.Status,
        Progress = task.Progress,
        Speed = HumanUnits.Speed(task.BytesPerSecond),
        Eta = HumanUnits.Duration(task.EtaSeconds),
        Filesize = task.FileSize,
        DownloadedBytes = task.Status == DownloadStatus.Completed ? task.FileSize : task.DownloadedBytes,
        FormatNote = task.FormatNote,
        IsPlaylist = task.IsPlaylist,
        PlaylistIndex = task.PlaylistIndex,
        PlaylistTotal = task.PlaylistTotal,
        PlaylistId = task.PlaylistId is { } playlistId ? TaskIds.Format(playlistId) : null,
        SubscriptionId = task.SubscriptionId is { } subscriptionId ? TaskIds.Format(subscriptionId) : null,
        Filename = task.FileName,
        Quality = task.Quality.ToString(),
        DownloadType = task.DownloadType,
        ErrorMessage = task.ErrorMessage,
        CreatedAt = HumanUnits.Timestamp(task.CreatedAt),
        CompletedAt = task.CompletedAt is { } completed ? HumanUnits.Timestamp(completed) : null,
        ErrorCode = task.ErrorCode?.ToWire(),
        VideoId = task.VideoId,
        DurationSeconds = task.DurationSeconds,
        ContentType = task.ContentType,
        Attempt = task.Attempt,
        LastError = task.LastError is { } last ? new TaskErrorView(last.Code.ToWire(), last.Message) : null,
        Chapters = new(task.Chapters.Select(ChapterView.From)),
        Subtitles = new(task.Subtitles.Select(SubtitleView.From)),
        Clip = task.Clip is { } clip ? ClipView.From(clip) : null,
    };
}
