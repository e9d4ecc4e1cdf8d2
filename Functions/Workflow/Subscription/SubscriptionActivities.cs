using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Storage;
using YouTubeDownloader.Subscriptions;

namespace YouTubeDownloader.Workflow.Subscription;

/// <summary>The steps of a subscription's workflow: a check, and the record of a check that failed past its retries.</summary>
public sealed class SubscriptionActivities(SubscriptionChecker checker, SubscriptionStore subscriptions, TimeProvider time)
{
    /// <summary>Reads the list and starts the new downloads (<see cref="SubscriptionChecker"/>); false when the subscription stops.</summary>
    [Function(nameof(CheckSubscription))]
    public Task<bool> CheckSubscription(
        [ActivityTrigger] SubscriptionCheck check, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        checker.CheckAsync(client, check, cancellationToken);

    /// <summary>
    /// Stores the failure as <c>last_error</c>: a lasting refusal (private, deleted) stops the subscription with
    /// <c>status: error</c>, anything else leaves it active for its next check. False when the subscription stops.
    /// </summary>
    [Function(nameof(RecordCheckFailure))]
    public async Task<bool> RecordCheckFailure([ActivityTrigger] SubscriptionCheckFailure failure, CancellationToken cancellationToken)
    {
        var message = failure.Code switch
        {
            DownloadErrorCode.StorageError => Texts.SubscriptionCheckStorageFailed,
            DownloadErrorCode.InternalError => Texts.SubscriptionCheckInternalFailed,
            _ => Texts.SubscriptionCheckFailed(failure.Reason),
        };
        var error = new CheckError(failure.Code, message, time.GetUtcNow());
        var stored = await subscriptions.UpdateAsync(
            failure.SubscriptionId,
            s => s with
            {
                LastError = error,
                LastCheckedAt = failure.CheckedAt,
                Status = failure.Permanent && s.IsActive ? SubscriptionStatus.Error : s.Status,
                NextCheckAt = failure.Permanent || !s.IsActive ? null : failure.NextCheckAt,
            },
            cancellationToken);
        return stored is { IsActive: true };
    }
}
