using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Workflow.Subscription;

/// <summary>Input of <see cref="SubscriptionActivities.RecordCheckFailure"/>: why a check failed past its retries, and whether that stops the subscription.</summary>
public sealed record SubscriptionCheckFailure(
    Guid SubscriptionId, DownloadErrorCode Code, string Reason, bool Permanent, DateTime CheckedAt, DateTime NextCheckAt);
