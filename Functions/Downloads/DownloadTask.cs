using YouTubeDownloader.Media;

namespace YouTubeDownloader.Downloads;

/// <summary>One download as the app sees it. Stored by <see cref="Storage.DownloadTaskStore"/>, shown by the API.</summary>
public sealed record DownloadTask
{
    public required Guid Id { get; init; }

    public required string Url { get; init; }

    public required string VideoId { get; init; }

    public required Quality Quality { get; init; }

    public required DownloadType DownloadType { get; init; }

    /// <summary>Exact itags the client asked for (<c>"137+140"</c>); null when <see cref="Quality"/> decides.</summary>
    public string? FormatId { get; init; }

    /// <summary>Where the task's end is POSTed (webhook); null for none. Not in the task JSON: it may carry the receiver's token.</summary>
    public string? CallbackUrl { get; init; }

    /// <summary>Whether the file gets the video's chapters; <c>"chapters": false</c> turns them off.</summary>
    public bool WantsChapters { get; init; } = true;

    /// <summary>The subtitle languages asked for (<see cref="Sources.SubtitleChoice.Text"/>: <c>all</c>, <c>en,es</c>); null for none.</summary>
    public string? SubtitleLanguages { get; init; }

    /// <summary>Whether automatic (speech-recognised) captions may stand in for a language without written ones.</summary>
    public bool AutoSubtitles { get; init; }

    /// <summary>What an audio download becomes: M4A (AAC, the default) or Opus.</summary>
    public AudioFormat AudioFormat { get; init; }

    /// <summary>Where the clip asked for starts, ms into the video; null (with <see cref="ClipEndMs"/>) for the whole video.</summary>
    public long? ClipStartMs { get; init; }

    /// <summary>Where the clip asked for ends, ms into the video.</summary>
    public long? ClipEndMs { get; init; }

    /// <summary>The clip asked for; null for the whole video.</summary>
    public ClipSpan? Clip => ClipStartMs is { } start && ClipEndMs is { } end ? new ClipSpan(start, end) : null;

    public DownloadStatus Status { get; init; } = DownloadStatus.Pending;

    public string Title { get; init; } = "";

    public bool HasThumbnail { get; init; }

    public int? DurationSeconds { get; init; }

    public string FormatNote { get; init; } = "";

    /// <summary>The chapters the file holds, once resolved; empty when the video has none or they were turned off.</summary>
    public ValueList<Chapter> Chapters { get; init; } = ValueList<Chapter>.Empty;

    /// <summary>The subtitle tracks the task has (in the file and as WebVTT), once resolved.</summary>
    public ValueList<SubtitleTrack> Subtitles { get; init; } = ValueList<SubtitleTrack>.Empty;

    /// <summary>Bytes of the final file once completed; the expected total while downloading.</summary>
    public long FileSize { get; init; }

    public long DownloadedBytes { get; init; }

    public double? BytesPerSecond { get; init; }

    public double? EtaSeconds { get; init; }

    public string FileName { get; init; } = "";

    public string ContentType { get; init; } = "";

    /// <summary>The finished file's blob, set when <see cref="Status"/> is <see cref="DownloadStatus.Completed"/>.</summary>
    public string? BlobName { get; init; }

    /// <summary>Which streams the file holds (<see cref="Delivery.StreamChoice"/>), set on completion: another task for the same choice may copy the file.</summary>
    public string? StreamChoice { get; init; }

    public DownloadErrorCode? ErrorCode { get; init; }

    public string? ErrorMessage { get; init; }

    /// <summary>
    /// While a step waits to be tried again: the attempt it waits for (2, 3…) and why the one before failed. Null while the
    /// first try of a step runs, and again once the step succeeds or the task ends.
    /// </summary>
    public int? Attempt { get; init; }

    /// <inheritdoc cref="Attempt"/>
    public TaskError? LastError { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>True for a playlist task and for each of its entries.</summary>
    public bool IsPlaylist { get; init; }

    /// <summary>An entry's 1-based place in its playlist (YouTube's order); 0 for a playlist task or a single video.</summary>
    public int PlaylistIndex { get; init; }

    /// <summary>How many entries the playlist has (once known); 1 for a single video.</summary>
    public int PlaylistTotal { get; init; } = 1;

    /// <summary>An entry's playlist task; null for the playlist task itself and for a single video.</summary>
    public Guid? PlaylistId { get; init; }

    /// <summary>
    /// The YouTube list a playlist task reads (<c>PL…</c>, a channel's uploads <c>UU…</c>, or a channel's path such as
    /// <c>@handle</c> that the workflow resolves to its uploads); null for any other task.
    /// </summary>
    public string? ListId { get; init; }

    /// <summary>The subscription that started this download; null for a download a client started.</summary>
    public Guid? SubscriptionId { get; init; }

    /// <summary>A playlist task's progress: the mean of its entries (<see cref="Playlists.PlaylistSummary"/>); never stored.</summary>
    public double? EntriesProgress { get; init; }

    public bool IsPlaylistTask => ListId is not null;

    public bool IsFinished => Status is DownloadStatus.Completed or DownloadStatus.Error or DownloadStatus.Cancelled;

    /// <summary>
    /// Which run of the task this is: 0, then one more each time it is retried. A step of an earlier run (its workflow was
    /// stopped, but an activity may still be at work) finds a newer run in the row and leaves it, and its blobs, alone.
    /// </summary>
    public int Run { get; init; }

    /// <summary>True while run <paramref name="run"/> owns the task: not finished and not retried since.</summary>
    public bool IsActiveRun(int run) => !IsFinished && Run == run;

    /// <summary>
    /// The task as a cancel leaves it: cancelled, with no thumbnail (a cancel deletes every blob of the task) and no speed;
    /// null when it has finished already, so a cancel never overwrites an end.
    /// </summary>
    public DownloadTask? Cancelled() => IsFinished ? null : this with
    {
        Status = DownloadStatus.Cancelled,
        HasThumbnail = false,
        BytesPerSecond = null,
        EtaSeconds = null,
        Attempt = null,
        LastError = null,
    };

    /// <summary>0–100: the share of bytes fetched; 100 only when completed.</summary>
    public double Progress => EntriesProgress is { } mean ? mean
        : Status == DownloadStatus.Completed ? 100
        : FileSize > 0 ? Math.Min(99.9, Math.Round(100.0 * DownloadedBytes / FileSize, 1)) : 0;
}
