using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Storage;
using YouTubeDownloader.Workflow;

namespace YouTubeDownloader.Commands;

/// <summary>
/// What the HTTP functions change, without HTTP: start, retry, cancel and remove tasks. The durable client comes in per
/// call because the Functions host hands it to each invocation as a binding.
/// </summary>
public sealed partial class DownloadCommands(
    DownloadTaskStore tasks,
    DownloadBlobStore blobs,
    FileNameIndex fileNames,
    StreamChoiceIndex streamChoices,
    WorkflowClient workflow,
    TimeProvider time,
    ILogger<DownloadCommands> logger)
{
    public async Task<DownloadTask> StartAsync(DurableTaskClient client, StartDownload start, CancellationToken cancellationToken)
    {
        // UUID v7: the id starts with the creation time, so the table lists tasks in creation order (DownloadTaskStore.List).
        var now = time.GetUtcNow();
        var task = new DownloadTask
        {
            Id = Guid.CreateVersion7(now),
            Url = start.Url,
            VideoId = start.VideoId?.Value ?? "",
            Quality = start.Quality,
            DownloadType = start.DownloadType,
            FormatId = start.FormatId,
            WantsChapters = start.Chapters,
            SubtitleLanguages = start.Subtitles?.Text,
            AutoSubtitles = start.Subtitles?.Auto ?? false,
            AudioFormat = start.AudioFormat,
            ClipStartMs = start.Clip?.StartMs,
            ClipEndMs = start.Clip?.EndMs,
            CallbackUrl = start.CallbackUrl,
            CreatedAt = now,
        };
        if (start.ListId is { } listId)
        {
            // playlist_total is 0 until the first page tells how many entries there are.
            task = task with { IsPlaylist = true, PlaylistTotal = 0, ListId = listId };
        }

        await tasks.CreateAsync(task, cancellationToken);
        try
        {
            await workflow.ScheduleAsync(client, task, cancellationToken);
        }
        catch
        {
            // A row without a workflow would sit in "pending" forever.
            await tasks.DeleteAsync(task.Id, CancellationToken.None);
            throw;
        }

        logger.LogInformation("Task {TaskId} pending: {Source}", task.Id, task.ListId ?? task.VideoId);
        return task;
    }

    public async Task<CancelOutcome> CancelAsync(DurableTaskClient client, Guid id, CancellationToken cancellationToken)
    {
        var task = await tasks.GetAsync(id, cancellationToken);
        if (task is null)
        {
            return CancelOutcome.NotFound;
        }

        var cancelled = await MarkCancelledAsync(id, cancellationToken);
        if (cancelled is null)
        {
            return CancelOutcome.NotFound;
        }

        if (cancelled.Status != DownloadStatus.Cancelled || task.IsFinished)
        {
            return CancelOutcome.AlreadyFinished;
        }

        await StopAsync(client, task, cancellationToken);
        await blobs.DeleteAllAsync(id, cancellationToken);

        // This call ended the task (the row's ETag lets one cancel win), so it, not the workflow it stops, tells the callback: once.
        if (cancelled.CallbackUrl is not null)
        {
            await workflow.NotifyCancelledAsync(client, id, cancellationToken);
        }

        logger.LogInformation("Task {TaskId} cancelled", id);
        return CancelOutcome.Cancelled;
    }

    /// <summary>Removes a task, its blobs and its workflow history. False when there is no such task.</summary>
    public async Task<bool> RemoveAsync(DurableTaskClient client, Guid id, CancellationToken cancellationToken)
    {
        var task = await tasks.GetAsync(id, cancellationToken);
        if (task is null)
        {
            return false;
        }

        if (!task.IsFinished)
        {
            await MarkCancelledAsync(id, cancellationToken);
            await StopAsync(client, task, cancellationToken);
        }

        if (task.IsPlaylistTask)
        {
            foreach (var entry in await tasks.ListEntriesAsync(id, cancellationToken))
            {
                await RemoveStoredAsync(client, entry, cancellationToken);
            }
        }

        await RemoveStoredAsync(client, task, cancellationToken);
        logger.LogInformation("Task {TaskId} removed", id);
        return true;
    }

    /// <summary>Deletes the row, the file-name index entry, the blobs and the workflow history of a task that no longer runs.</summary>
    private async Task RemoveStoredAsync(DurableTaskClient client, DownloadTask task, CancellationToken cancellationToken)
    {
        await tasks.DeleteAsync(task.Id, cancellationToken);
        await fileNames.RemoveAsync(task, cancellationToken);
        await streamChoices.RemoveAsync(task, cancellationToken);
        await blobs.DeleteAllAsync(task.Id, cancellationToken);
        await workflow.PurgeAsync(client, task.Id, cancellationToken);
    }

    /// <summary>
    /// Stops the workflow of a task just marked cancelled. An entry of a playlist is not terminated: its playlist's
    /// workflow waits for it as a sub-orchestration, and it stops by itself at its next step or progress write, on seeing
    /// the mark (it then deletes what it staged). A playlist's running entries stop with it.
    /// </summary>
    private async Task StopAsync(DurableTaskClient client, DownloadTask task, CancellationToken cancellationToken)
    {
        if (task.PlaylistId is null)
        {
            await workflow.TerminateAsync(client, task.Id, cancellationToken);
        }

        if (task.IsPlaylistTask)
        {
            await CancelEntriesAsync(client, task.Id, cancellationToken);
        }
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
            await workflow.TerminateAsync(client, entry.Id, cancellationToken);
            await blobs.DeleteAllAsync(entry.Id, cancellationToken);
        }
    }

    private Task<DownloadTask?> MarkCancelledAsync(Guid id, CancellationToken cancellationToken) =>
        tasks.UpdateAsync(id, t => t.Cancelled(), cancellationToken);
}
