using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Commands;

/// <summary>Retry: an ended task runs again from the start under the same id.</summary>
public sealed partial class DownloadCommands
{
    /// <summary>
    /// Runs an ended task (<c>error</c> or <c>cancelled</c>) again from the start under the same id: the old workflow's
    /// history and blobs go, the row is reset to what <see cref="StartAsync"/> writes (its <c>created_at</c> kept), and a
    /// new workflow starts.
    /// </summary>
    public async Task<RetryResult> RetryAsync(DurableTaskClient client, Guid id, CancellationToken cancellationToken)
    {
        var ended = await tasks.GetAsync(id, cancellationToken);
        if (ended is null)
        {
            return RetryResult.NotFound;
        }

        if (!IsRetryable(ended))
        {
            return RetryResult.NotRetryable(ended);
        }

        // The new workflow takes the same instance id, so the old one must be gone first; a cancelled one may still
        // be terminating. Its blobs went with the error or the cancel, but a late block may have landed since. A webhook of
        // the old end still being retried stops: the new run's end will be told.
        await workflow.PurgeAsync(client, id, cancellationToken);
        await blobs.DeleteAllAsync(id, cancellationToken);

        // Only one of two retries at once wins the row; the other sees it pending and answers 409.
        var fresh = Fresh(ended);
        var stored = await tasks.UpdateAsync(id, t => IsRetryable(t) ? fresh : null, cancellationToken);
        if (stored is null)
        {
            return RetryResult.NotFound;
        }

        if (stored != fresh)
        {
            return RetryResult.NotRetryable(stored);
        }

        try
        {
            await workflow.ScheduleAsync(client, fresh, cancellationToken);
        }
        catch
        {
            // A pending row without a workflow would wait forever: leave the task as it ended, retryable again.
            await tasks.UpdateAsync(id, t => t == fresh ? ended : null, CancellationToken.None);
            throw;
        }

        logger.LogInformation("Task {TaskId} pending again: run {Run}", id, fresh.Run);
        return RetryResult.Retried(fresh);
    }

    // A playlist task is not run again whole: its entries are retried one by one, and its status follows them.
    private static bool IsRetryable(DownloadTask task) =>
        task.Status is DownloadStatus.Error or DownloadStatus.Cancelled && !task.IsPlaylistTask;

    /// <summary>
    /// The task as a new start of the same request writes it: pending, nothing fetched, no error, and the next run, so a step
    /// of the old run still at work leaves it alone. A playlist entry keeps its place in the list and what the list's page
    /// said of it (title, duration), as its page read wrote it.
    /// </summary>
    private static DownloadTask Fresh(DownloadTask task)
    {
        var fresh = new DownloadTask
        {
            Id = task.Id,
            Url = task.Url,
            VideoId = task.VideoId,
            Quality = task.Quality,
            DownloadType = task.DownloadType,
            FormatId = task.FormatId,
            WantsChapters = task.WantsChapters,
            SubtitleLanguages = task.SubtitleLanguages,
            AutoSubtitles = task.AutoSubtitles,
            AudioFormat = task.AudioFormat,
            CallbackUrl = task.CallbackUrl,
            CreatedAt = task.CreatedAt,
            Run = task.Run + 1,
        };
        return task.PlaylistId is null ? fresh : fresh with
        {
            Title = task.Title,
            DurationSeconds = task.DurationSeconds,
            FileName = task.FileName,
            ContentType = task.ContentType,
            IsPlaylist = task.IsPlaylist,
            PlaylistIndex = task.PlaylistIndex,
            PlaylistTotal = task.PlaylistTotal,
            PlaylistId = task.PlaylistId,
        };
    }
}
