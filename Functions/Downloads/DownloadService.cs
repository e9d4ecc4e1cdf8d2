using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using YouTubeDownloader.Delivery;
using YouTubeDownloader.Storage;
using YouTubeDownloader.Workflow;

namespace YouTubeDownloader.Downloads;

/// <summary>
/// What the HTTP functions do, without HTTP: start, read, list, cancel and remove tasks. The durable
/// client comes in per call because the Functions host hands it to each invocation as a binding.
/// </summary>
public sealed class DownloadService(
    DownloadTaskStore tasks,
    DownloadBlobStore blobs,
    FileNameIndex fileNames,
    StreamChoiceIndex streamChoices,
    BlobLinkSigner links,
    IOptions<WorkflowOptions> workflow,
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
            CreatedAt = now,
        };
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
        // be terminating. Its blobs went with the error or the cancel, but a late block may have landed since.
        await PurgeAsync(client, id, cancellationToken);
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

    private static bool IsRetryable(DownloadTask task) => task.Status is DownloadStatus.Error or DownloadStatus.Cancelled;

    /// <summary>The task as a new start of the same request writes it: pending, nothing fetched, no error.</summary>
    private static DownloadTask Fresh(DownloadTask task) => new()
    {
        Id = task.Id,
        Url = task.Url,
        VideoId = task.VideoId,
        Quality = task.Quality,
        DownloadType = task.DownloadType,
        FormatId = task.FormatId,
        CreatedAt = task.CreatedAt,
    };

    private async Task ScheduleAsync(DurableTaskClient client, DownloadTask task, CancellationToken cancellationToken)
    {
        var input = new DownloadOrchestration(
            DownloadJob.For(task), workflow.Value.MaxActivityAttempts, workflow.Value.FirstRetryInterval);
        await client.ScheduleNewOrchestrationInstanceAsync(
            nameof(DownloadOrchestrator), input, new StartOrchestrationOptions(InstanceId: InstanceId(task.Id)), cancellationToken);
    }

    public Task<DownloadTask?> GetAsync(Guid id, CancellationToken cancellationToken) => tasks.GetAsync(id, cancellationToken);

    public Task<DownloadTaskPage> ListAsync(
        DownloadStatus? status, ListOrder order, int pageSize, Guid? after, CancellationToken cancellationToken) =>
        tasks.ListAsync(status, order, pageSize, after, cancellationToken);

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

    private async Task<DownloadFile?> OpenFileAsync(DownloadTask? task, CancellationToken cancellationToken)
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

        await TerminateAsync(client, id, cancellationToken);
        await blobs.DeleteAllAsync(id, cancellationToken);
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
            await TerminateAsync(client, id, cancellationToken);
        }

        await tasks.DeleteAsync(id, cancellationToken);
        await fileNames.RemoveAsync(task, cancellationToken);
        await streamChoices.RemoveAsync(task, cancellationToken);
        await blobs.DeleteAllAsync(id, cancellationToken);
        await PurgeAsync(client, id, cancellationToken);
        return true;
    }

    private static string InstanceId(Guid id) => id.ToString("D");

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
            await client.TerminateInstanceAsync(InstanceId(id), "Cancelled by the client.", cancellationToken);
        }
    }

    private async Task PurgeAsync(DurableTaskClient client, Guid id, CancellationToken cancellationToken)
    {
        // Termination is asynchronous and only finished instances can be purged: wait briefly for it.
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(TimeSpan.FromSeconds(30));
        try
        {
            var instance = await client.GetInstanceAsync(InstanceId(id), cancellationToken);
            if (instance is null)
            {
                return;
            }

            if (instance.IsRunning || instance.RuntimeStatus == OrchestrationRuntimeStatus.Pending)
            {
                await client.WaitForInstanceCompletionAsync(InstanceId(id), wait.Token);
            }

            await client.PurgeInstanceAsync(InstanceId(id), cancellation: cancellationToken);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // History is the task hub's housekeeping, not the client's data: leave it for a later purge.
            logger.LogWarning("Orchestration {TaskId} did not stop in time; its history was not purged", id);
        }
    }
}
