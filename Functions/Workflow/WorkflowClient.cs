using Grpc.Core;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Playlists;
using YouTubeDownloader.Webhooks;
using YouTubeDownloader.Workflow.Download;
using YouTubeDownloader.Workflow.Playlist;
using YouTubeDownloader.Workflow.Webhook;

namespace YouTubeDownloader.Workflow;

/// <summary>
/// The task hub's housekeeping for a task: start its workflow, stop it, remove its history, start a cancel's webhook. The
/// durable client comes in per call because the Functions host hands it to each invocation as a binding. Settings are
/// read here and travel in the orchestrations' inputs, since an orchestrator must not read configuration.
/// </summary>
public sealed class WorkflowClient(
    IOptions<WorkflowOptions> workflow,
    IOptions<PlaylistOptions> playlists,
    IOptions<WebhookOptions> webhooks,
    ILogger<WorkflowClient> logger)
{
    /// <summary>Starts the task's download workflow, or its playlist workflow for a playlist task.</summary>
    public async Task ScheduleAsync(DurableTaskClient client, DownloadTask task, CancellationToken cancellationToken)
    {
        var webhook = task.CallbackUrl is null ? null : WebhookRetry();
        var options = new StartOrchestrationOptions(InstanceId: InstanceIds.Task(task.Id));
        if (task.IsPlaylistTask)
        {
            var playlist = new PlaylistOrchestration(
                task.Id,
                task.ListId!,
                task.Quality,
                task.DownloadType,
                playlists.Value.MaxParallel,
                playlists.Value.MaxEntries,
                workflow.Value.MaxActivityAttempts,
                workflow.Value.FirstRetryInterval,
                Webhook: webhook,
                Chapters: task.WantsChapters,
                Subtitles: task.SubtitleLanguages,
                AutoSubtitles: task.AutoSubtitles,
                AudioFormat: task.AudioFormat);
            await client.ScheduleNewOrchestrationInstanceAsync(nameof(PlaylistOrchestrator), playlist, options, cancellationToken);
            return;
        }

        var input = new DownloadOrchestration(DownloadJob.For(task), workflow.Value.MaxActivityAttempts, workflow.Value.FirstRetryInterval, webhook, FinishInLastTransfer: true, TransfersInFinish: true);
        await client.ScheduleNewOrchestrationInstanceAsync(nameof(DownloadOrchestrator), input, options, cancellationToken);
    }

    /// <summary>Tells the task's callback that it was cancelled (the cancel, not the stopped workflow, ends the task).</summary>
    public async Task NotifyCancelledAsync(DurableTaskClient client, Guid id, CancellationToken cancellationToken) =>
        await client.ScheduleNewOrchestrationInstanceAsync(
            nameof(WebhookOrchestrator),
            new WebhookNotice(id, DownloadStatus.Cancelled, WebhookRetry()),
            new StartOrchestrationOptions(InstanceId: InstanceIds.Webhook(id)),
            cancellationToken);

    /// <summary>Terminates the task's workflow when it is still pending or running.</summary>
    public async Task TerminateAsync(DurableTaskClient client, Guid id, CancellationToken cancellationToken)
    {
        var instance = await client.GetInstanceAsync(InstanceIds.Task(id), cancellationToken);
        if (instance is { IsRunning: true } or { RuntimeStatus: OrchestrationRuntimeStatus.Pending })
        {
            await TerminateRunningAsync(client, InstanceIds.Task(id), "Cancelled by the client.", cancellationToken);
        }
    }

    /// <summary>
    /// Removes the history of the task's workflow and of its webhook. The task's workflow is only waited for: the cancel
    /// that ended the task terminated it already, and a second terminate message applied after the purge would bring its
    /// history back (or, having no execution id, end the task's next run). A webhook still retrying is terminated here.
    /// </summary>
    public async Task PurgeAsync(DurableTaskClient client, Guid id, CancellationToken cancellationToken)
    {
        await PurgeAsync(client, InstanceIds.Task(id), terminate: false, cancellationToken);
        await PurgeAsync(client, InstanceIds.Webhook(id), terminate: true, cancellationToken);
    }

    private WebhookRetry WebhookRetry() => new(webhooks.Value.MaxAttempts, webhooks.Value.FirstRetryInterval);

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
    /// running is only finishing up: it is waited for, and first terminated when <paramref name="terminate"/> is set.
    /// </summary>
    private async Task PurgeAsync(DurableTaskClient client, string instanceId, bool terminate, CancellationToken cancellationToken)
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
                if (terminate)
                {
                    await TerminateRunningAsync(client, instanceId, "The task ended and is retried or removed.", cancellationToken);
                }

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
