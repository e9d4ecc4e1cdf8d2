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
public sealed partial class DownloadActivities(
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
    /// When this run completed the task, this is a second execution of a step whose first one finished it (a work item
    /// seen again by another instance): the task's file stays, and only what the second execution staged goes.
    /// The exception ends the workflow.
    /// </summary>
    private async Task<TaskNoLongerActiveException> StopAsync(Guid taskId, int run)
    {
        var task = await tasks.GetAsync(taskId, CancellationToken.None);
        if (task is { Status: DownloadStatus.Completed } && task.Run == run)
        {
            await blobs.DeleteStagedAsync(taskId, CancellationToken.None);
        }
        else if (task is null || task.Run == run)
        {
            await blobs.DeleteAllAsync(taskId, CancellationToken.None);
        }

        return new TaskNoLongerActiveException(taskId, task?.Status);
    }
}
