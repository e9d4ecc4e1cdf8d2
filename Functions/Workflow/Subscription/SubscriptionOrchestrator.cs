using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Workflow.Subscription;

/// <summary>
/// One subscription, for ever: wait for the next check (a durable timer, cut short by a "check now" event), check (an
/// activity that reads the list and starts the new downloads), then continue as new. Each generation is one wait and
/// one check, so the history stays a handful of events however long the subscription lives; what it has seen lives in
/// the table (<see cref="Storage.SubscriptionStore"/>), not in the history.
/// </summary>
/// <remarks>
/// A check that fails is retried with backoff; once the retries are spent it is recorded as the subscription's
/// <c>last_error</c> and the next check comes at its time. A refusal that lasts (the list is private or gone) stops the
/// subscription with <c>status: error</c>. A restart replays the history: a finished check is not run again, and a check
/// cut short by a dead worker runs again and finishes what the first run began (its seen rows say what that was).
/// </remarks>
public static class SubscriptionOrchestrator
{
    public const string CheckNowEvent = "check";

    [Function(nameof(SubscriptionOrchestrator))]
    public static async Task RunAsync([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        var input = context.GetInput<SubscriptionOrchestration>()
            ?? throw new InvalidOperationException("The subscription orchestration needs its input.");
        if (input.NextCheckAt is { } due && due > context.CurrentUtcDateTime)
        {
            using var stopWaiting = new CancellationTokenSource();
            var timer = context.CreateTimer(due, stopWaiting.Token);
            var checkNow = context.WaitForExternalEvent<bool>(CheckNowEvent, stopWaiting.Token);
            await Task.WhenAny(timer, checkNow);
            stopWaiting.Cancel();
        }

        var checkedAt = context.CurrentUtcDateTime;
        var next = checkedAt + input.Interval;
        if (!await CheckAsync(context, input, checkedAt, next))
        {
            return;
        }

        // A "check now" that came during this check is kept: it cuts the next wait short.
        context.ContinueAsNew(input with { NextCheckAt = next }, preserveUnprocessedEvents: true);
    }

    /// <summary>Runs one check; false when the subscription stops (paused, deleted, or refused for good).</summary>
    private static async Task<bool> CheckAsync(TaskOrchestrationContext context, SubscriptionOrchestration input, DateTime checkedAt, DateTime next)
    {
        try
        {
            return await context.CallActivityAsync<bool>(
                nameof(SubscriptionActivities.CheckSubscription),
                new SubscriptionCheck(input.SubscriptionId, checkedAt, next),
                RetryPolicies.Retryable(input.MaxActivityAttempts, input.FirstRetryInterval));
        }
        catch (TaskFailedException e)
        {
            var failure = DownloadFailure.From(e.FailureDetails);
            var permanent = !failure.Code.IsRetryable();
            context.CreateReplaySafeLogger(nameof(SubscriptionOrchestrator)).LogWarning(
                "Subscription {SubscriptionId}: check failed ({Outcome}): {ErrorType}: {ErrorMessage}",
                input.SubscriptionId, permanent ? "stopped" : "next check at its time", e.FailureDetails.ErrorType, e.FailureDetails.ErrorMessage);
            try
            {
                return await context.CallActivityAsync<bool>(
                    nameof(SubscriptionActivities.RecordCheckFailure),
                    new SubscriptionCheckFailure(input.SubscriptionId, failure.Code, failure.Reason, permanent, checkedAt, next),
                    RetryPolicies.Bookkeeping);
            }
            catch (TaskFailedException)
            {
                // Storage is down for longer than the bookkeeping retries: the next check tries again (unless the refusal lasts).
                return !permanent;
            }
        }
    }
}
