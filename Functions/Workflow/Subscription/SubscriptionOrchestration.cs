namespace YouTubeDownloader.Workflow.Subscription;

/// <summary>
/// The subscription orchestrator's input, carried over continue-as-new: the subscription, its interval and the retry
/// settings (an orchestrator must not read configuration), and when the next check is due (null: check at once).
/// </summary>
public sealed record SubscriptionOrchestration(
    Guid SubscriptionId,
    TimeSpan Interval,
    int MaxActivityAttempts,
    TimeSpan FirstRetryInterval,
    DateTime? NextCheckAt = null);
