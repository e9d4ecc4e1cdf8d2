using Microsoft.DurableTask;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Workflow.Webhook;

namespace YouTubeDownloader.Workflow;

/// <summary>How the orchestrators retry their activities, written once for all of them.</summary>
public static class RetryPolicies
{
    /// <summary>Bookkeeping writes are idempotent, so any failure (a storage blip) is worth another try.</summary>
    public static TaskOptions Bookkeeping { get; } = TaskOptions.FromRetryPolicy(new RetryPolicy(3, TimeSpan.FromSeconds(2)));

    /// <summary>
    /// A step that fetches or writes media. Its failures with a code were retried inside the activity as their code says
    /// (<see cref="StepAttempts"/>, which the task shows); the orchestrator runs it again only after a failure the activity
    /// could not see (a dead worker, a host fault), resuming from what was staged. The wait doubles up to a minute.
    /// </summary>
    public static TaskOptions Transient(int maxAttempts, TimeSpan firstRetryInterval) => TaskOptions.FromRetryPolicy(
        new RetryPolicy(maxAttempts, firstRetryInterval, backoffCoefficient: 2, TimeSpan.FromMinutes(1))
        {
            HandleFailure = DownloadFailure.IsWorthAnotherActivity,
        });

    /// <summary>
    /// A step that only reads (a subscription's check): it does not retry inside its activity, so the orchestrator runs it
    /// again for any failure whose code may pass, and for one without a code.
    /// </summary>
    public static TaskOptions Retryable(int maxAttempts, TimeSpan firstRetryInterval) => TaskOptions.FromRetryPolicy(
        new RetryPolicy(maxAttempts, firstRetryInterval, backoffCoefficient: 2, TimeSpan.FromMinutes(1))
        {
            HandleFailure = details => !DownloadFailure.IsStop(details) && DownloadFailure.From(details).Code.IsRetryable(),
        });

    /// <summary>A webhook's delivery: the receiver may be down for a while, so the wait doubles up to ten minutes.</summary>
    public static TaskOptions Webhook(WebhookRetry retry) => TaskOptions.FromRetryPolicy(
        new RetryPolicy(retry.MaxAttempts, retry.FirstRetryInterval, backoffCoefficient: 2, TimeSpan.FromMinutes(10)));
}
