using System.Runtime.ExceptionServices;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using YouTubeDownloader.Assembling;
using YouTubeDownloader.Delivery;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Media;
using YouTubeDownloader.Media.OnePass;
using YouTubeDownloader.Sources;
using YouTubeDownloader.Storage;
using YouTubeDownloader.Subtitles;
using YouTubeDownloader.Thumbnails;
using YouTubeDownloader.Transfer;

namespace YouTubeDownloader.Workflow.Download;

/// <summary>Fetching a task's streams into their blobs: one stream per activity, or all at once in <see cref="FinishDownload"/>.</summary>
public sealed partial class DownloadActivities
{
    [Function(nameof(TransferStream))]
    public Task<long> TransferStream([ActivityTrigger] StreamTransfer input, CancellationToken cancellationToken) =>
        TransferAllAsync([input], cancellationToken);

    /// <summary>
    /// Fetches <paramref name="inputs"/> (the streams of one task) all at once, under one progress and one connection limit
    /// (<see cref="TransferSlots"/>): the download's fetching and staging slots go to whichever stream has a range ready.
    /// </summary>
    private Task<long> TransferAllAsync(IReadOnlyList<StreamTransfer> inputs, CancellationToken cancellationToken)
    {
        var job = inputs[0].Job;
        return attempts.RunAsync(job.TaskId, job.Run, async () => await StopAsync(job.TaskId, job.Run), ct => TransferAsync(inputs, ct), cancellationToken);
    }

    private async Task<long> TransferAsync(IReadOnlyList<StreamTransfer> inputs, CancellationToken cancellationToken)
    {
        var job = inputs[0].Job;

        // A work item seen again after its first execution finished the task (another instance took it while the first
        // was slow to renew it): nothing is fetched again.
        await EnsureRunningAsync(await tasks.GetAsync(job.TaskId, cancellationToken), job.TaskId, job.Run);
        await using var progress = new DownloadProgress(
            tasks, logger, job.TaskId, job.Run, inputs[0].BytesBefore, inputs[0].TotalBytes, options.Value.ProgressInterval);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, progress.Stopped);
        using var slots = new TransferSlots(transfer.Options.MaxParallelSegments, linked.Token);
        using var failing = CancellationTokenSource.CreateLinkedTokenSource(linked.Token);
        long transferred;
        try
        {
            // One stream failing stops the others' fetches (what they fetched is still staged); its own failure, not
            // their cancellation, is what the task is told.
            var running = inputs.Select(async input =>
            {
                try
                {
                    return await TransferOneAsync(input, progress, slots, failing.Token);
                }
                catch
                {
                    await failing.CancelAsync();
                    throw;
                }
            }).ToList();
            try
            {
                transferred = (await Task.WhenAll(running)).Sum();
            }
            catch when (running.FirstOrDefault(t => t.IsFaulted && t.Exception!.InnerException is not OperationCanceledException) is { } failed)
            {
                ExceptionDispatchInfo.Throw(failed.Exception!.InnerException!);
                throw;
            }
        }
        catch (OperationCanceledException) when (progress.Stopped.IsCancellationRequested)
        {
            logger.LogInformation("Task {TaskId} stopped during transfer; discarding its blobs", job.TaskId);
            throw await StopAsync(job.TaskId, job.Run);
        }

        // A cancel or remove during the last writes (a table's or a block list's commit) deleted the blobs before those
        // landed, and the terminated workflow runs no next step to notice: this one cleans up after itself.
        await EnsureRunningAsync(await tasks.GetAsync(job.TaskId, cancellationToken), job.TaskId, job.Run);
        return transferred;
    }

    private async Task<long> TransferOneAsync(StreamTransfer input, DownloadProgress progress, TransferSlots slots, CancellationToken cancellationToken)
    {
        var source = await resolver.OpenAsync(input.Job.ToRequest(), input.Stream, cancellationToken);
        if (source.Length != input.Stream.ContentLength)
        {
            // Retried as a source_error; the plan's length will not come back, which a code of its own would say.
            throw new DownloadFailedException(
                DownloadErrorCode.SourceError,
                $"Stream {input.Stream.Id} is {source.Length} bytes, the plan said {input.Stream.ContentLength}.");
        }

        var blob = await blobs.GetBlockBlobAsync(input.BlobName);
        if (input.Windows is { } windows)
        {
            var head = await onePass.ReadHeadAsync(source, cancellationToken) ?? throw new DownloadFailedException(
                DownloadErrorCode.SourceError, $"Stream {input.Stream.Id} no longer has the index it had when its path was chosen.");
            if (input.Job.Clip is { } clip)
            {
                // Only the fragments the clip needs, on every stream from where the video's first one starts (windows[0]).
                head = head.Covering(windows[0], clip.EndSeconds);
            }

            var table = await blobs.GetBlockBlobAsync(input.TableBlobName!);
            return await onePass.RunAsync(source, head, windows, input.Stream.Kind, blob, table, progress, cancellationToken, slots);
        }

        return await transfer.RunAsync(source, blob, progress, cancellationToken, slots);
    }
}
