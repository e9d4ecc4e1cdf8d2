using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using YouTubeDownloader.Delivery;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Sources;
using YouTubeDownloader.Workflow.Webhook;

namespace YouTubeDownloader.Workflow.Download;

/// <summary>
/// One download: resolve → reuse a completed file of the same streams if there is one, else choose the path (one-pass or two-step) → fetch each stream into Blob Storage → assemble
/// the file → complete (the last three in the last stream's activity).
/// Any failure ends the task as <c>error</c> with a code and removes its blobs. A task with a <c>callback_url</c> is then
/// told its end (<see cref="WebhookOrchestrator"/>).
/// </summary>
public static class DownloadOrchestrator
{
    [Function(nameof(DownloadOrchestrator))]
    public static async Task<DownloadStatus> RunAsync([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        var input = context.GetInput<DownloadOrchestration>()
            ?? throw new InvalidOperationException("The download orchestration needs its input.");
        var status = await DownloadAsync(context, input);

        // A cancel's webhook is sent by whoever cancelled (DownloadCommands): the cancel may end this workflow before it gets here.
        if (input.Webhook is { } retry && status != DownloadStatus.Cancelled)
        {
            await WebhookOrchestrator.NotifyAsync(context, new WebhookNotice(input.Job.TaskId, status, retry));
        }

        return status;
    }

    private static async Task<DownloadStatus> DownloadAsync(TaskOrchestrationContext context, DownloadOrchestration input)
    {
        var job = input.Job;
        var transient = RetryPolicies.Transient(input.MaxActivityAttempts, input.FirstRetryInterval);
        var bookkeeping = RetryPolicies.Bookkeeping;

        try
        {
            var plan = await context.CallActivityAsync<MediaPlan>(nameof(DownloadActivities.ResolveMedia), job, transient);
            var assembly = FileAssembly.Plan(job, plan);
            var choice = StreamChoice.Of(job.VideoId.Value, job.Type, plan.Streams, assembly.Tags?.Chapters, assembly.Subtitles, assembly.AudioFormat, job.Clip);

            // The same streams completed before: a server-side copy of that file, no media from the source.
            if (await context.CallActivityAsync<long?>(
                    nameof(DownloadActivities.ReuseCompletedFile), new FileReuse(job.TaskId, choice, assembly.FileBlobName), transient) is { } copied)
            {
                await context.CallActivityAsync(
                    nameof(DownloadActivities.CompleteDownload), new CompletedFile(job.TaskId, assembly.FileBlobName, copied, choice, job.Run), bookkeeping);
                return DownloadStatus.Completed;
            }

            if (assembly.MayGoOnePass
                && await context.CallActivityAsync<List<double>?>(nameof(DownloadActivities.PlanOnePass), assembly, transient) is { } windows)
            {
                assembly = assembly.InOnePass(windows);
            }

            // Now: every stream in the finishing activity, all at once, sharing the download's connection limit; it then
            // assembles and completes, so the task is completed as its last byte lands, with no queue poll between the
            // streams nor after them. Before: one stream after the other, each (or all but the last) an activity of its own.
            var separate = input.TransfersInFinish ? 0 : input.FinishInLastTransfer ? assembly.Transfers.Count - 1 : assembly.Transfers.Count;
            foreach (var stream in assembly.Transfers.Take(separate))
            {
                await context.CallActivityAsync<long>(nameof(DownloadActivities.TransferStream), stream, transient);
            }

            if (input.FinishInLastTransfer)
            {
                await context.CallActivityAsync<long>(
                    nameof(DownloadActivities.FinishDownload), new DownloadFinish(assembly, choice, AllStreams: input.TransfersInFinish), transient);
                return DownloadStatus.Completed;
            }

            var length = await context.CallActivityAsync<long>(nameof(DownloadActivities.AssembleFile), assembly, transient);
            await context.CallActivityAsync(
                nameof(DownloadActivities.CompleteDownload), new CompletedFile(job.TaskId, assembly.FileBlobName, length, choice, job.Run), bookkeeping);
            return DownloadStatus.Completed;
        }
        catch (TaskFailedException e) when (DownloadFailure.IsStop(e.FailureDetails))
        {
            // Cancelled or removed under us: whoever did it owns the task now.
            return DownloadStatus.Cancelled;
        }
        catch (TaskFailedException e)
        {
            var failure = DownloadFailure.From(e.FailureDetails);
            context.CreateReplaySafeLogger(nameof(DownloadOrchestrator)).LogWarning(
                "Task {TaskId} failed in {Step}: {Code} ({ErrorType}: {ErrorMessage})",
                job.TaskId, e.TaskName, failure.Code.ToWire(), e.FailureDetails.ErrorType, e.FailureDetails.ErrorMessage);
            await context.CallActivityAsync(
                nameof(DownloadActivities.FailDownload), new FailedDownload(job.TaskId, failure.Code, failure.Reason, job.Run), bookkeeping);
            return DownloadStatus.Error;
        }
    }
}
