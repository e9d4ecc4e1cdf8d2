using Grpc.Core;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Subscriptions;

namespace YouTubeDownloader.Workflow.Subscription;

/// <summary>
/// The task hub's side of a subscription: start its eternal orchestration, wake it for a check, stop it, remove its
/// history. Settings are read here and travel in the orchestration's input.
/// </summary>
public sealed class SubscriptionWorkflow(IOptions<WorkflowOptions> workflow, IOptionsMonitor<SubscriptionOptions> options)
{
    // Stopping waits at most this long for the instance to end before its history is purged.
    private static readonly TimeSpan StopWait = TimeSpan.FromSeconds(30);

    /// <summary>The instance id of a subscription's orchestration; apart from task ids, which are bare UUIDs.</summary>
    public static string InstanceId(Guid subscriptionId) => "subscription-" + TaskIds.Format(subscriptionId);

    /// <summary>Starts the orchestration with a check at once; an ended instance under the same id is purged first.</summary>
    public async Task StartAsync(DurableTaskClient client, Subscriptions.Subscription subscription, CancellationToken cancellationToken)
    {
        var id = InstanceId(subscription.Id);
        if (await client.GetInstanceAsync(id, cancellationToken) is { } old)
        {
            if (IsRunning(old))
            {
                return;
            }

            await client.PurgeInstanceAsync(id, cancellation: cancellationToken);
        }

        var input = new SubscriptionOrchestration(
            subscription.Id,
            options.CurrentValue.IntervalOf(subscription.CheckEveryMinutes),
            workflow.Value.MaxActivityAttempts,
            workflow.Value.FirstRetryInterval);
        await client.ScheduleNewOrchestrationInstanceAsync(
            nameof(SubscriptionOrchestrator), input, new StartOrchestrationOptions(InstanceId: id), cancellationToken);
    }

    /// <summary>Ends the current wait so the next check runs now; false when no orchestration runs to wake.</summary>
    public async Task<bool> CheckNowAsync(DurableTaskClient client, Guid subscriptionId, CancellationToken cancellationToken)
    {
        var id = InstanceId(subscriptionId);
        if (await client.GetInstanceAsync(id, cancellationToken) is not { } instance || !IsRunning(instance))
        {
            return false;
        }

        await client.RaiseEventAsync(id, SubscriptionOrchestrator.CheckNowEvent, true, cancellationToken);
        return true;
    }

    /// <summary>Terminates the orchestration and waits (briefly) for it to end; downloads it started run on.</summary>
    public async Task StopAsync(DurableTaskClient client, Guid subscriptionId, CancellationToken cancellationToken)
    {
        var id = InstanceId(subscriptionId);
        if (await client.GetInstanceAsync(id, cancellationToken) is not { } instance || !IsRunning(instance))
        {
            return;
        }

        try
        {
            await client.TerminateInstanceAsync(id, "Paused or deleted by the client.", cancellationToken);
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.FailedPrecondition)
        {
            // It ended by itself meanwhile.
        }

        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(StopWait);
        try
        {
            await client.WaitForInstanceCompletionAsync(id, wait.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Termination is asynchronous; a later start purges what is left.
        }
    }

    /// <summary>Stops the orchestration and removes its history.</summary>
    public async Task RemoveAsync(DurableTaskClient client, Guid subscriptionId, CancellationToken cancellationToken)
    {
        await StopAsync(client, subscriptionId, cancellationToken);
        if (await client.GetInstanceAsync(InstanceId(subscriptionId), cancellationToken) is { } instance && !IsRunning(instance))
        {
            await client.PurgeInstanceAsync(InstanceId(subscriptionId), cancellation: cancellationToken);
        }
    }

    private static bool IsRunning(OrchestrationMetadata instance) =>
        instance.IsRunning || instance.RuntimeStatus is OrchestrationRuntimeStatus.Pending or OrchestrationRuntimeStatus.Suspended;
}
