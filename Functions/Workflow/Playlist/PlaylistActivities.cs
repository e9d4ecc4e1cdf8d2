using Microsoft.Azure.Functions.Worker;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Playlists;
using YouTubeDownloader.Storage;
using YouTubeDownloader.Workflow.Download;

namespace YouTubeDownloader.Workflow.Playlist;

/// <summary>
/// The steps of a playlist beside its entries' downloads. Idempotent like <see cref="DownloadActivities"/>: a repeated
/// page read finds its rows written and writes nothing twice (<see cref="PlaylistPageReader"/>).
/// </summary>
public sealed class PlaylistActivities(PlaylistPageReader pages, DownloadTaskStore tasks, StepAttempts attempts, TimeProvider time)
{
    [Function(nameof(ReadPlaylistPage))]
    public Task<PlaylistPageResult> ReadPlaylistPage([ActivityTrigger] PlaylistPageRequest request, CancellationToken cancellationToken) =>
        attempts.RunAsync(
            request.TaskId,
            run: 0, // a playlist task is never run again whole
            () => Task.FromResult<Exception>(new TaskNoLongerActiveException(request.TaskId, null)),
            ct => pages.ReadAsync(request, ct),
            cancellationToken);

    /// <summary>The entries still to run: those that exist and have not finished (a cancelled, removed or completed one is skipped).</summary>
    [Function(nameof(SelectPendingEntries))]
    public async Task<List<Guid>> SelectPendingEntries([ActivityTrigger] List<Guid> entryIds, CancellationToken cancellationToken)
    {
        var pending = new List<Guid>();
        foreach (var id in entryIds)
        {
            if (await tasks.GetAsync(id, cancellationToken) is { IsFinished: false })
            {
                pending.Add(id);
            }
        }

        return pending;
    }

    /// <summary>Stores what the entries make of the playlist (<see cref="PlaylistSummary.WithOutcome"/>), unless it was cancelled.</summary>
    [Function(nameof(FinishPlaylist))]
    public async Task<DownloadStatus> FinishPlaylist([ActivityTrigger] PlaylistFinish finish, CancellationToken cancellationToken)
    {
        var entries = await tasks.ListEntriesAsync(finish.TaskId, cancellationToken);
        var stored = await tasks.UpdateAsync(
            finish.TaskId,
            t => t.IsFinished ? null : Finished(t, entries, finish.ReadFailure),
            cancellationToken);
        return stored?.Status ?? DownloadStatus.Cancelled;
    }

    private DownloadTask Finished(DownloadTask playlist, List<DownloadTask> entries, DownloadFailure? readFailure)
    {
        if (readFailure is not null || entries.Count == 0)
        {
            var (code, reason) = readFailure is { } f
                ? (f.Code, entries.Count == 0 ? f.Reason : Texts.ListPartlyRead(f.Code))
                : (DownloadErrorCode.VideoUnavailable, Texts.EmptyList);
            return playlist with { Status = DownloadStatus.Error, ErrorCode = code, ErrorMessage = reason, PlaylistTotal = entries.Count };
        }

        var outcome = PlaylistSummary.WithOutcome(playlist, entries) with { PlaylistTotal = entries.Count };

        // An entry retried while the list ran may still run: the stored outcome is then provisional, and reads follow
        // the entries (PlaylistSummary.Apply) for as long as they change.
        return outcome.Status == DownloadStatus.Downloading
            ? outcome with { Status = DownloadStatus.Completed, CompletedAt = time.GetUtcNow() }
            : outcome;
    }

}
