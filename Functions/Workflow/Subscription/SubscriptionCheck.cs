namespace YouTubeDownloader.Workflow.Subscription;

/// <summary>Input of <see cref="SubscriptionActivities.CheckSubscription"/>: which subscription, when the check started (the orchestrator's clock) and when the next is due.</summary>
public sealed record SubscriptionCheck(Guid SubscriptionId, DateTime CheckedAt, DateTime NextCheckAt);
