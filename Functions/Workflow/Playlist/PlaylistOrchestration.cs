using YouTubeDownloader.Downloads;
using YouTubeDownloader.Playlists;
using YouTubeDownloader.Workflow.Download;
using YouTubeDownloader.Workflow.Webhook;
using YouTubeDownloader.Sources;

namespace YouTubeDownloader.Workflow.Playlist;

/// <summary>
/// The playlist orchestrator's input, and the state it carries over continue-as-new: where the next page starts and the
/// entries read but not yet run. Settings travel with it because an orchestrator must not read configuration.
/// </summary>
/// <param name="Next">The next page to read; null before the first page (<paramref name="Started"/> false) and after the last.</param>
/// <param name="Waiting">Entries created and not yet run, in the list's order.</param>
/// <param name="Webhook">How to retry the end's webhook; null when the task has no <c>callback_url</c>.</param>
/// <param name="Chapters">Whether the entries' files get chapters.</param>
/// <param name="Subtitles">The subtitle languages every entry asks for (<see cref="Sources.SubtitleChoice.Text"/>); null for none.</param>
/// <param name="AutoSubtitles">Whether automatic captions may stand in for the entries.</param>
/// <param name="AudioFormat">What the entries' audio files become.</param>
public sealed record PlaylistOrchestration(
    Guid TaskId,
    string ListId,
    Quality Quality,
    DownloadType Type,
    int MaxParallel,
    int MaxEntries,
    int MaxActivityAttempts,
    TimeSpan FirstRetryInterval,
    bool Started = false,
    PlaylistCursor? Next = null,
    List<DownloadJob>? Waiting = null,
    WebhookRetry? Webhook = null,
    bool Chapters = true,
    string? Subtitles = null,
    bool AutoSubtitles = false,
    AudioFormat AudioFormat = AudioFormat.M4a);
