using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Workflow.Download;
using YouTubeDownloader.Workflow.Webhook;

namespace YouTubeDownloader.Workflow.Playlist;

/// <summary>
/// One playlist: read a page of the list (an activity, which also writes the entry tasks), run its entries as
/// sub-orchestrations of <see cref="DownloadOrchestrator"/>, at most <see cref="PlaylistOrchestration.MaxParallel"/> at
/// a time, then continue as new with the rest, so no history grows with the length of the list. When the list is read
/// and every entry has run, the entries decide the playlist's status (<see cref="PlaylistActivities.FinishPlaylist"/>).
/// </summary>
/// <remarks>
/// Each entry runs under its task id as instance id (<see cref="Playlists.PlaylistEntryIds"/>). A restart replays the
/// history: finished sub-orchestrations are not run again, and an entry found finished before its turn (completed,
/// cancelled or removed meanwhile) is skipped, so no completed entry is fetched twice. A generation ends only once its
/// sub-orchestrations have ended, so none is left behind by continue-as-new.
/// </remarks>
public static class PlaylistOrchestrator
{
    /// <summary>Entries one generation runs before continuing as new: a few history events each.</summary>
    public const int EntriesPerGeneration = 25;

    [Function(nameof(PlaylistOrchestrator))]
    public static async Task<DownloadStatus?> RunAsync([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        var input = context.GetInput<PlaylistOrchestration>()
            ?? throw new InvalidOperationException("The playlist orchestration needs its input.");
        var status = await RunGenerationAsync(context, input);

        // Null: continued as new. A cancel's webhook is sent by whoever cancelled, as for a single download.
        if (input.Webhook is { } retry && status is { } ended && ended != DownloadStatus.Cancelled)
        {
            await WebhookOrchestrator.NotifyAsync(context, new WebhookNotice(input.TaskId, ended, retry));
        }

        return status;
    }

    private static async Task<DownloadStatus?> RunGenerationAsync(TaskOrchestrationContext context, PlaylistOrchestration input)
    {
        var logger = context.CreateReplaySafeLogger(nameof(PlaylistOrchestrator));
        var retries = RetryPolicies.Transient(input.MaxActivityAttempts, input.FirstRetryInterval);
        var bookkeeping = RetryPolicies.Bookkeeping;

        var waiting = input.Waiting ?? [];
        var next = input.Next;
        DownloadFailure? readFailure = null;
        try
        {
            if (!input.Started || (waiting.Count == 0 && next is not null))
            {
                var page = await context.CallActivityAsync<PlaylistPageResult>(
                    nameof(PlaylistActivities.ReadPlaylistPage),
                    new PlaylistPageRequest(
                        input.TaskId, input.ListId, input.Quality, input.Type, next, input.MaxEntries, input.Chapters, input.Subtitles, input.AutoSubtitles, input.AudioFormat),
                    retries);
                waiting = [.. waiting, .. page.Runnable];
                next = page.Next;
            }
        }
        catch (TaskFailedException e) when (DownloadFailure.IsStop(e.FailureDetails))
        {
            return DownloadStatus.Cancelled;
        }
        catch (TaskFailedException e)
        {
            readFailure = DownloadFailure.From(e.FailureDetails);
            logger.LogWarning(
                "Playlist {TaskId}: a page of {ListId} could not be read: {Code} ({ErrorType}: {ErrorMessage})",
                input.TaskId, input.ListId, readFailure.Code.ToWire(), e.FailureDetails.ErrorType, e.FailureDetails.ErrorMessage);
            next = null;
        }

        var batch = waiting.Take(EntriesPerGeneration).ToList();
        var rest = waiting.Skip(EntriesPerGeneration).ToList();
        try
        {
            if (batch.Count > 0)
            {
                var pending = await context.CallActivityAsync<List<Guid>>(
                    nameof(PlaylistActivities.SelectPendingEntries), batch.Select(j => j.TaskId).ToList(), bookkeeping);
                await RunEntriesAsync(context, input, batch.Where(j => pending.Contains(j.TaskId)).ToList(), bookkeeping);
            }

            if (rest.Count > 0 || next is not null)
            {
                context.ContinueAsNew(input with { Started = true, Next = next, Waiting = rest });
                return null;
            }

            return await context.CallActivityAsync<DownloadStatus>(
                nameof(PlaylistActivities.FinishPlaylist), new PlaylistFinish(input.TaskId, readFailure), bookkeeping);
        }
        catch (TaskFailedException e)
        {
            // Its own bookkeeping failed past its retries (storage down): the playlist must not stay "downloading" for ever.
            logger.LogWarning(
                "Playlist {TaskId} failed: {ErrorType}: {ErrorMessage}", input.TaskId, e.FailureDetails.ErrorType, e.FailureDetails.ErrorMessage);
            var failure = DownloadFailure.From(e.FailureDetails);
            await context.CallActivityAsync(
                nameof(DownloadActivities.FailDownload), new FailedDownload(input.TaskId, failure.Code, failure.Reason), bookkeeping);
            return DownloadStatus.Error;
        }
    }

    /// <summary>Runs the entries, at most <see cref="PlaylistOrchestration.MaxParallel"/> at once, a new one as soon as one ends.</summary>
    private static async Task RunEntriesAsync(
        TaskOrchestrationContext context, PlaylistOrchestration input, List<DownloadJob> jobs, TaskOptions bookkeeping)
    {
        var running = new List<Task>();
        foreach (var job in jobs)
        {
            if (running.Count == input.MaxParallel)
            {
                running.Remove(await Task.WhenAny(running));
            }

            running.Add(RunEntryAsync(context, input, job, bookkeeping));
        }

        await Task.WhenAll(running);
    }

    private static async Task RunEntryAsync(TaskOrchestrationContext context, PlaylistOrchestration input, DownloadJob job, TaskOptions bookkeeping)
    {
        try
        {
            await context.CallSubOrchestratorAsync<DownloadStatus>(
                nameof(DownloadOrchestrator),
                new DownloadOrchestration(job, input.MaxActivityAttempts, input.FirstRetryInterval, FinishInLastTransfer: true, TransfersInFinish: true),
                new SubOrchestrationOptions { InstanceId = InstanceIds.Task(job.TaskId) });
        }
        catch (TaskFailedException e)
        {
            // The download orchestrator ends every failure itself; this is its own bookkeeping failing. The entry must
            // not stay "downloading" for ever, nor stop its siblings.
            context.CreateReplaySafeLogger(nameof(PlaylistOrchestrator)).LogWarning(
                "Playlist {TaskId}: entry {EntryId} failed: {ErrorType}: {ErrorMessage}",
                input.TaskId, job.TaskId, e.FailureDetails.ErrorType, e.FailureDetails.ErrorMessage);
            var failure = DownloadFailure.From(e.FailureDetails);
            await context.CallActivityAsync(
                nameof(DownloadActivities.FailDownload), new FailedDownload(job.TaskId, failure.Code, failure.Reason, job.Run), bookkeeping);
        }
    }
}
