using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Grpc.Core;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using YouTubeDownloader.Delivery;
using YouTubeDownloader.Playlists;
using YouTubeDownloader.Storage;
using YouTubeDownloader.Webhooks;
using YouTubeDownloader.Workflow;

namespace YouTubeDownloader.Downloads;

/// <summary>
/// What the HTTP functions do, without HTTP: start, read, list, cancel and remove tasks. The durable
/// client comes in per call because the Functions host hands it to each invocation as a binding.
/// </summary>
/// <remarks>Playlist tasks (issue 11): <c>DownloadService.Playlists.cs</c>.</remarks>
public sealed partial class DownloadService(
    DownloadTaskStore tasks,
    DownloadBlobStore blobs,
    FileNameIndex fileNames,
    StreamChoiceIndex streamChoices,
    BlobLinkSigner links,
    IOptions<WorkflowOptions> workflow,
    IOptions<PlaylistOptions> playlists,
    IOptions<WebhookOptions> webhooks,
    TimeProvider time,
    ILogger<DownloadService> logger)
{
    public async Task<DownloadTask> StartAsync(DurableTaskClient client, StartDownload start, CancellationToken cancellationToken)
    {
        // UUID v7: the id starts with the creation time, so the table lists tasks in creation order (DownloadTaskStore.List).
        var now = time.GetUtcNow();
        var task = new DownloadTask
        {
            Id = Guid.CreateVersion7(now),
            Url = start.Url,
            VideoId = start.VideoId,
            Quality = start.Quality,
            DownloadType = start.DownloadType,
            FormatId = start.FormatId,
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
            await ScheduleAsync(client, task, cancellationToken);
        }
        catch
        {
            // A row without a workflow would sit in "pending" forever.
            await tasks.DeleteAsync(task.Id, CancellationToken.None);
            throw;
        }

        return task;
    }

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
        await PurgeAsync(client, InstanceId(id), cancellationToken);
        await PurgeAsync(client, WebhookOrchestrator.InstanceId(id), cancellationToken);
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
            await ScheduleAsync(client, fresh, cancellationToken);
        }
        catch
        {
            // A pending row without a workflow would wait forever: leave the task as it ended, retryable again.
            await tasks.UpdateAsync(id, t => t == fresh ? ended : null, CancellationToken.None);
            throw;
        }

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

    private async Task ScheduleAsync(DurableTaskClient client, DownloadTask task, CancellationToken cancellationToken)
    {
        if (task.IsPlaylistTask)
        {
            await SchedulePlaylistAsync(client, task, cancellationToken);
            return;
        }

        var input = new DownloadOrchestration(
            DownloadJob.For(task),
            workflow.Value.MaxActivityAttempts,
            workflow.Value.FirstRetryInterval,
            task.CallbackUrl is null ? null : WebhookRetry());
        await client.ScheduleNewOrchestrationInstanceAsync(
            nameof(DownloadOrchestrator), input, new StartOrchestrationOptions(InstanceId: InstanceId(task.Id)), cancellationToken);
    }

    /// <summary>The task as the client sees it: a playlist task with its entries' progress and outcome.</summary>
    public async Task<DownloadTask?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await SummarizeAsync(await tasks.GetAsync(id, cancellationToken), cancellationToken);

    /// <param name="playlistId">Only the entries of this playlist task.</param>
    public async Task<DownloadTaskPage> ListAsync(
        DownloadStatus? status, ListOrder order, int pageSize, Guid? after, CancellationToken cancellationToken, Guid? playlistId = null)
    {
        var page = await tasks.ListAsync(status, order, pageSize, after, cancellationToken, playlistId);
        if (!page.Tasks.Any(t => t.IsPlaylistTask))
        {
            return page;
        }

        var shown = new List<DownloadTask>(page.Tasks.Count);
        foreach (var task in page.Tasks)
        {
            shown.Add((await SummarizeAsync(task, cancellationToken))!);
        }

        return page with { Tasks = shown };
    }

    /// <summary>The finished file of a task; null when the task is unknown or not completed.</summary>
    /// <exception cref="FileNotFoundException">The task is completed but its blob is gone.</exception>
    public async Task<DownloadFile?> OpenFileAsync(Guid id, CancellationToken cancellationToken)
        => await OpenFileAsync(await tasks.GetAsync(id, cancellationToken), cancellationToken);

    /// <summary>
    /// The finished file of the most recent completed task with this <paramref name="fileName"/> (the original API's
    /// stream route takes a name); null when there is none.
    /// </summary>
    /// <exception cref="FileNotFoundException">The task is completed but its blob is gone.</exception>
    public async Task<DownloadFile?> OpenFileByNameAsync(string fileName, CancellationToken cancellationToken) =>
        await OpenFileAsync(await fileNames.FindLatestCompletedAsync(fileName, cancellationToken), cancellationToken);

    /// <summary>The finished file of <paramref name="task"/> (as <see cref="GetAsync"/> gave it); null when it is not completed.</summary>
    /// <exception cref="FileNotFoundException">The task is completed but its blob is gone.</exception>
    public async Task<DownloadFile?> OpenFileAsync(DownloadTask? task, CancellationToken cancellationToken)
    {
        if (await FindFileAsync(task, cancellationToken) is not (var completed, var blob, var properties))
        {
            return null;
        }

        var content = new BlobStreamingReadStream(blob, properties.ContentLength, properties.ETag);
        return new DownloadFile(content, completed.ContentType, completed.FileName, properties.ContentLength, properties.ETag, properties.LastModified);
    }

    /// <summary>
    /// A short-lived read-only link straight to the task's blob, which answers with <paramref name="disposition"/> of the
    /// file name as <c>Content-Disposition</c>; null when the task is unknown or not completed.
    /// </summary>
    /// <exception cref="FileNotFoundException">The task is completed but its blob is gone.</exception>
    public async Task<DownloadLink?> CreateLinkAsync(Guid id, Func<string, string> disposition, CancellationToken cancellationToken)
    {
        if (await FindFileAsync(await tasks.GetAsync(id, cancellationToken), cancellationToken) is not (var completed, var blob, _))
        {
            return null;
        }

        return await links.SignAsync(blob, disposition(completed.FileName), completed.ContentType, cancellationToken);
    }

    /// <summary>The completed task's blob and its properties; null when the task is unknown or not completed.</summary>
    /// <exception cref="FileNotFoundException">The task is completed but its blob is gone.</exception>
    private async Task<(DownloadTask Task, BlobClient Blob, BlobProperties Properties)?> FindFileAsync(
        DownloadTask? task, CancellationToken cancellationToken)
    {
        if (task is not { Status: DownloadStatus.Completed, BlobName: { } blobName })
        {
            return null;
        }

        var blob = await blobs.GetBlobAsync(blobName);
        try
        {
            BlobProperties properties = await blob.GetPropertiesAsync(cancellationToken: cancellationToken);
            return (task, blob, properties);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            throw new FileNotFoundException($"The file of task {task.Id} is gone.", blobName, e);
        }
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
            await client.ScheduleNewOrchestrationInstanceAsync(
                nameof(WebhookOrchestrator),
                new WebhookNotice(id, DownloadStatus.Cancelled, WebhookRetry()),
                new StartOrchestrationOptions(InstanceId: WebhookOrchestrator.InstanceId(id)),
                cancellationToken);
        }

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
        return true;
    }

    /// <summary>Deletes the row, the file-name index entry, the blobs and the workflow history of a task that no longer runs.</summary>
    private async Task RemoveStoredAsync(DurableTaskClient client, DownloadTask task, CancellationToken cancellationToken)
    {
        await tasks.DeleteAsync(task.Id, cancellationToken);
        await fileNames.RemoveAsync(task, cancellationToken);
        await streamChoices.RemoveAsync(task, cancellationToken);
        await blobs.DeleteAllAsync(task.Id, cancellationToken);
        await PurgeAsync(client, InstanceId(task.Id), cancellationToken);
        await PurgeAsync(client, WebhookOrchestrator.InstanceId(task.Id), cancellationToken);
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
            await TerminateAsync(client, task.Id, cancellationToken);
        }

        if (task.IsPlaylistTask)
        {
            await CancelEntriesAsync(client, task.Id, cancellationToken);
        }
    }

    private static string InstanceId(Guid id) => id.ToString("D");

    private WebhookRetry WebhookRetry() => new(webhooks.Value.MaxAttempts, webhooks.Value.FirstRetryInterval);

    private Task<DownloadTask?> MarkCancelledAsync(Guid id, CancellationToken cancellationToken) =>
        tasks.UpdateAsync(
            id,
            t => t.IsFinished ? null : t with
            {
                Status = DownloadStatus.Cancelled,
                HasThumbnail = false, // a cancel deletes every blob of the task
                BytesPerSecond = null,
                EtaSeconds = null,
            },
            cancellationToken);

    private async Task TerminateAsync(DurableTaskClient client, Guid id, CancellationToken cancellationToken)
    {
        var instance = await client.GetInstanceAsync(InstanceId(id), cancellationToken);
        if (instance is { IsRunning: true } or { RuntimeStatus: OrchestrationRuntimeStatus.Pending })
        {
            await TerminateRunningAsync(client, InstanceId(id), "Cancelled by the client.", cancellationToken);
        }
    }

    /// <summary>Terminates an instance last seen running; one that ended in between is left as it is.</summary>
    private static async Task TerminateRunningAsync(DurableTaskClient client, string instanceId, string reason, CancellationToken cancellationToken)
    {
        try
        {
            await client.TerminateInstanceAsync(instanceId, reason, cancellationToken);
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.FailedPrecondition)
        {
            // The Functions host refuses to terminate an instance that is no longer running ("Cannot terminate the
            // orchestration instance … because instance is in the Terminated state"): it stopped by itself meanwhile.
        }
    }

    /// <summary>
    /// Removes an orchestration's history. Called for a task that has ended (or is being removed), so an instance still
    /// running is only finishing up (terminating, or retrying the end's webhook) and is terminated first.
    /// </summary>
    private async Task PurgeAsync(DurableTaskClient client, string instanceId, CancellationToken cancellationToken)
    {
        // Termination is asynchronous and only finished instances can be purged: wait briefly for it.
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(TimeSpan.FromSeconds(30));
        try
        {
            var instance = await client.GetInstanceAsync(instanceId, cancellationToken);
            if (instance is null)
            {
                return;
            }

            if (instance.IsRunning || instance.RuntimeStatus == OrchestrationRuntimeStatus.Pending)
            {
                await TerminateRunningAsync(client, instanceId, "The task ended and is retried or removed.", cancellationToken);
                await client.WaitForInstanceCompletionAsync(instanceId, wait.Token);
            }

            await client.PurgeInstanceAsync(instanceId, cancellation: cancellationToken);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // History is the task hub's housekeeping, not the client's data: leave it for a later purge.
            logger.LogWarning("Orchestration {InstanceId} did not stop in time; its history was not purged", instanceId);
        }
    }
}
