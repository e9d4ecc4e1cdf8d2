using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using YouTubeDownloader.Playlists;
using YouTubeDownloader.Workflow;

namespace YouTubeDownloader.Downloads;

/// <summary>Playlist tasks (issue 11): their workflow, how they are shown, their ZIP, and cancel cascading to the entries.</summary>
public sealed partial class DownloadService
{
    private async Task SchedulePlaylistAsync(DurableTaskClient client, DownloadTask task, CancellationToken cancellationToken)
    {
        var input = new PlaylistOrchestration(
            task.Id,
            task.ListId!,
            task.Quality.ToString(),
            task.DownloadType,
            playlists.Value.MaxParallel,
            playlists.Value.MaxEntries,
            workflow.Value.MaxActivityAttempts,
            workflow.Value.FirstRetryInterval,
            Webhook: task.CallbackUrl is null ? null : WebhookRetry());
        await client.ScheduleNewOrchestrationInstanceAsync(
            nameof(PlaylistOrchestrator), input, new StartOrchestrationOptions(InstanceId: InstanceId(task.Id)), cancellationToken);
    }

    /// <summary>A playlist task with what its entries make of it (<see cref="PlaylistSummary"/>); any other task as it is.</summary>
    private async Task<DownloadTask?> SummarizeAsync(DownloadTask? task, CancellationToken cancellationToken) =>
        task is { IsPlaylistTask: true }
            ? PlaylistSummary.Apply(task, await tasks.ListEntriesAsync(task.Id, cancellationToken))
            : task;

    /// <summary>
    /// The completed entries of a playlist task, to be zipped in the list's order; null when <paramref name="task"/> is
    /// no playlist task. The entries' files are opened one at a time, as the archive reaches them.
    /// </summary>
    public async Task<PlaylistArchive?> OpenArchiveAsync(DownloadTask task, CancellationToken cancellationToken)
    {
        if (!task.IsPlaylistTask)
        {
            return null;
        }

        var entries = await tasks.ListEntriesAsync(task.Id, cancellationToken);
        var digits = Math.Max(3, entries.Count.ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
        var files = new List<PlaylistArchiveEntry>();
        foreach (var entry in entries.Where(e => e is { Status: DownloadStatus.Completed, BlobName: not null }).OrderBy(e => e.PlaylistIndex))
        {
            var name = $"{entry.PlaylistIndex.ToString(new string('0', digits), System.Globalization.CultureInfo.InvariantCulture)} - {entry.FileName}";
            files.Add(new PlaylistArchiveEntry(name, entry.CompletedAt ?? entry.CreatedAt, ct => OpenFileAsync(entry, ct)));
        }

        var title = task.FileName is { Length: > 0 } fileName ? fileName : DownloadFileName.Sanitize(task.Title) + ".zip";
        return new PlaylistArchive(title, files);
    }

    /// <summary>Cancels every entry of a playlist that has not finished: marked, its workflow terminated, its blobs deleted.</summary>
    private async Task CancelEntriesAsync(DurableTaskClient client, Guid playlistId, CancellationToken cancellationToken)
    {
        foreach (var entry in await tasks.ListEntriesAsync(playlistId, cancellationToken))
        {
            if (entry.IsFinished || await MarkCancelledAsync(entry.Id, cancellationToken) is not { Status: DownloadStatus.Cancelled })
            {
                continue;
            }

            // The playlist's workflow is terminated already, so nothing waits for the entry's.
            await TerminateAsync(client, entry.Id, cancellationToken);
            await blobs.DeleteAllAsync(entry.Id, cancellationToken);
        }
    }
}
