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

/// <summary>
/// The steps of a download. Each is idempotent (a retry or a replay repeats it safely). The steps that reach the source
/// run under <see cref="StepAttempts"/>, which tries them again as the failure's code says and shows it on the task; each
/// throws once its attempts are spent, and none swallows an error into a return value.
/// </summary>
/// <remarks>
/// One activity per stream, not per segment: a segment is ~10 MiB, so per-segment activities would put
/// hundreds of messages through the task hub per file and re-resolve the stream URL for each, while the
/// staged block list already gives a per-segment resume when a stream's activity is retried.
/// </remarks>
public sealed class DownloadActivities(
    IMediaResolver resolver,
    SegmentedTransfer transfer,
    OnePassTransfer onePass,
    FileAssembler assembler,
    DownloadTaskStore tasks,
    DownloadBlobStore blobs,
    TaskThumbnails thumbnails,
    TaskSubtitles subtitles,
    FileNameIndex fileNames,
    StreamChoiceIndex streamChoices,
    CompletedFileReuse reuse,
    StepAttempts attempts,
    IOptions<WorkflowOptions> options,
    ILogger<DownloadActivities> logger)
{
    [Function(nameof(ResolveMedia))]
    public Task<MediaPlan> ResolveMedia([ActivityTrigger] DownloadJob job, CancellationToken cancellationToken) =>
        attempts.RunAsync(job.TaskId, job.Run, async () => await StopAsync(job.TaskId, job.Run), ct => ResolveAsync(job, ct), cancellationToken);

    private async Task<MediaPlan> ResolveAsync(DownloadJob job, CancellationToken cancellationToken)
    {
        var plan = await resolver.ResolveAsync(job.ToRequest(), cancellationToken);
        if (ClipRefusal.Of(job.Clip, plan) is { } refusal)
        {
            throw refusal;
        }

        var hasThumbnail = await thumbnails.StoreAsync(job.TaskId, plan, cancellationToken);
        plan = plan with { Subtitles = await subtitles.StoreAsync(job.TaskId, job.ToRequest(), plan, cancellationToken) };
        var task = await tasks.UpdateAsync(
            job.TaskId,
            t => !t.IsActiveRun(job.Run) ? null : t.WithPlan(plan) with { Status = DownloadStatus.Downloading, HasThumbnail = hasThumbnail },
            cancellationToken);
        await EnsureRunningAsync(task, job.TaskId, job.Run);
        logger.LogInformation("Task {TaskId} downloading: {VideoId}, {FormatNote}", job.TaskId, plan.VideoId, plan.FormatNote);
        return plan;
    }

    /// <summary>
    /// Copies a completed file of the same stream choice into this task's file blob; its length, or null when there is
    /// none to copy (reuse off, no such file, or it went meanwhile) and the media is downloaded.
    /// </summary>
    [Function(nameof(ReuseCompletedFile))]
    public async Task<long?> ReuseCompletedFile([ActivityTrigger] FileReuse input, CancellationToken cancellationToken) =>
        await reuse.TryCopyAsync(input.StreamChoice, input.TaskId, input.FileBlobName, cancellationToken);

    /// <summary>
    /// Reads each stream's head (init and 'sidx', a few KB). When every stream can take the one-pass path, returns the time
    /// windows cut from the first stream's pieces; null sends the download through the two-step path.
    /// </summary>
    [Function(nameof(PlanOnePass))]
    public Task<List<double>?> PlanOnePass([ActivityTrigger] FileAssembly assembly, CancellationToken cancellationToken) =>
        attempts.RunAsync(
            assembly.TaskId, assembly.Run, async () => await StopAsync(assembly.TaskId, assembly.Run), ct => PlanOnePassAsync(assembly, ct), cancellationToken);

    private async Task<List<double>?> PlanOnePassAsync(FileAssembly assembly, CancellationToken cancellationToken)
    {
        var heads = new List<StreamHead>();
        foreach (var stream in assembly.Transfers)
        {
            var source = await resolver.OpenAsync(stream.Job.ToRequest(), stream.Stream, cancellationToken);
            if (await onePass.ReadHeadAsync(source, cancellationToken) is not { } head)
            {
                return null;
            }

            heads.Add(head);
        }

        return onePass.Windows(assembly.Clip is { } clip ? heads[0].Covering(heads[0].FragmentStartAt(clip.StartMs / 1000.0), clip.EndMs / 1000.0) : heads[0]);
    }

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

    /// <summary>
    /// The streams' transfers (all of them at once, or the last one for an orchestration started before that), then the
    /// file's assembly and the task's completion, in one invocation: the task is
    /// completed as its last byte lands, not after two more trips through the task hub, each waiting for a queue poll
    /// (which backs off while a long transfer runs: up to <c>maxQueuePollingInterval</c>, 30 s by default).
    /// Safe to run again at any point: a task this run completed is left as it is; a committed file means the transfer
    /// is done (only the assembly commits the file, or the transfer itself for a stream stored as sent), and the
    /// assembly repeats to the same file.
    /// </summary>
    [Function(nameof(FinishDownload))]
    public async Task<long> FinishDownload([ActivityTrigger] DownloadFinish finish, CancellationToken cancellationToken)
    {
        var assembly = finish.Assembly;
        if (await tasks.GetAsync(assembly.TaskId, cancellationToken) is { Status: DownloadStatus.Completed } done && done.Run == assembly.Run)
        {
            return done.FileSize;
        }

        var file = await blobs.GetBlockBlobAsync(assembly.FileBlobName);
        if (await RangeFetcher.CommittedLengthAsync(file, cancellationToken) is null)
        {
            await TransferAllAsync(finish.AllStreams ? assembly.Transfers : [assembly.Transfers[^1]], cancellationToken);
        }

        var length = await AssembleFile(assembly, cancellationToken);
        await CompleteDownload(new CompletedFile(assembly.TaskId, assembly.FileBlobName, length, finish.StreamChoice, assembly.Run), cancellationToken);
        return length;
    }

    [Function(nameof(AssembleFile))]
    public Task<long> AssembleFile([ActivityTrigger] FileAssembly assembly, CancellationToken cancellationToken) =>
        attempts.RunAsync(
            assembly.TaskId, assembly.Run, async () => await StopAsync(assembly.TaskId, assembly.Run), ct => AssembleAsync(assembly, ct), cancellationToken);

    private async Task<long> AssembleAsync(FileAssembly assembly, CancellationToken cancellationToken)
    {
        if (!assembly.NeedsProcessing)
        {
            return await assembler.TagInPlaceAsync(
                assembly.TaskId,
                assembly.FileBlobName,
                assembly.ContentType,
                await TagsAsync(assembly, cancellationToken),
                await subtitles.ReadTextTracksAsync(assembly.TaskId, assembly.Subtitles ?? [], cancellationToken),
                cancellationToken);
        }

        // Every byte is in: no transfer speed or time left to show while the join runs (it has no byte count of its own).
        var task = await tasks.UpdateAsync(
            assembly.TaskId,
            t => !t.IsActiveRun(assembly.Run) ? null : t with
            {
                Status = DownloadStatus.Processing,
                DownloadedBytes = t.FileSize,
                BytesPerSecond = null,
                EtaSeconds = null,
            },
            cancellationToken);
        await EnsureRunningAsync(task, assembly.TaskId, assembly.Run);
        logger.LogInformation("Task {TaskId} processing", assembly.TaskId);

        var tags = await TagsAsync(assembly, cancellationToken);
        var texts = await subtitles.ReadTextTracksAsync(assembly.TaskId, assembly.Subtitles ?? [], cancellationToken);
        var sources = assembly.Sources();
        if (assembly.IsOpus)
        {
            return await assembler.RewrapOpusAsync(assembly.FileBlobName, assembly.ContentType, sources[0], tags, cancellationToken);
        }

        return assembly.OnePass
            ? await assembler.CommitOnePassAsync(assembly.FileBlobName, assembly.ContentType, sources, tags, texts, cancellationToken, assembly.Clip)
            : await assembler.RemuxAsync(assembly.FileBlobName, assembly.ContentType, sources, tags, texts, cancellationToken, assembly.Clip);
    }

    /// <summary>The assembly's text tags and, from the stored thumbnail, the cover (none when there is no thumbnail).</summary>
    private async Task<FileTags> TagsAsync(FileAssembly assembly, CancellationToken cancellationToken) =>
        (assembly.Tags ?? FileTags.None) with { Cover = await thumbnails.ReadCoverAsync(assembly.TaskId, cancellationToken) };

    [Function(nameof(CompleteDownload))]
    public async Task CompleteDownload([ActivityTrigger] CompletedFile file, CancellationToken cancellationToken)
    {
        var task = await tasks.UpdateAsync(
            file.TaskId,
            t => !t.IsActiveRun(file.Run) ? null : t with
            {
                Status = DownloadStatus.Completed,
                BlobName = file.BlobName,
                StreamChoice = file.StreamChoice,
                FileSize = file.Length,
                DownloadedBytes = t.FileSize,
                BytesPerSecond = null,
                EtaSeconds = null,
                CompletedAt = DateTimeOffset.UtcNow,
            },
            cancellationToken);
        await EnsureRunningAsync(task, file.TaskId, file.Run, DownloadStatus.Completed);
        logger.LogInformation("Task {TaskId} completed: {Length} bytes", file.TaskId, file.Length);
        try
        {
            await fileNames.AddAsync(task!, cancellationToken);
            await streamChoices.AddAsync(task!, cancellationToken);
        }
        catch (Azure.RequestFailedException e)
        {
            // The file is complete and served by id; a failure here must not fail (and so delete) it.
            logger.LogWarning(e, "Task {TaskId} could not be indexed; /api/stream finds it by id only and later tasks download it again", file.TaskId);
        }
    }

    [Function(nameof(FailDownload))]
    public async Task FailDownload([ActivityTrigger] FailedDownload failure, CancellationToken cancellationToken)
    {
        // The orchestrator logged why (with the internal detail), once; the task gets the client's text.
        var task = await tasks.UpdateAsync(
            failure.TaskId,
            t => !t.IsActiveRun(failure.Run) ? null : t with
            {
                Status = DownloadStatus.Error,
                HasThumbnail = false, // deleted with the task's other blobs below
                ErrorCode = failure.Code,
                ErrorMessage = failure.Reason,
                Attempt = null,
                LastError = null,
                BytesPerSecond = null,
                EtaSeconds = null,
            },
            cancellationToken);
        if (task is null || task.Run == failure.Run)
        {
            await blobs.DeleteAllAsync(failure.TaskId, cancellationToken);
        }
    }

    /// <summary>Stops the workflow when the task was cancelled, removed or retried under it.</summary>
    private async Task EnsureRunningAsync(DownloadTask? task, Guid taskId, int run, DownloadStatus? expected = null)
    {
        if (task is null || task.Run != run || (task.IsFinished && task.Status != expected))
        {
            throw await StopAsync(taskId, run);
        }
    }

    /// <summary>
    /// Whoever cancelled or removed the task deleted its blobs, but this step may have written one since (a staged block, a
    /// thumbnail, the joined file), so they go again, unless a retry has started a newer run, whose blobs they now are.
    /// The exception ends the workflow.
    /// </summary>
    private async Task<TaskNoLongerActiveException> StopAsync(Guid taskId, int run)
    {
        var task = await tasks.GetAsync(taskId, CancellationToken.None);
        if (task is null || task.Run == run)
        {
            await blobs.DeleteAllAsync(taskId, CancellationToken.None);
        }

        return new TaskNoLongerActiveException(taskId, task?.Status);
    }
}
