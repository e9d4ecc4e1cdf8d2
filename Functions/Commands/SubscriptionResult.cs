using YouTubeDownloader.Subscriptions;

namespace YouTubeDownloader.Commands;

/// <summary>The outcome of a subscription command, with the subscription as it stands afterwards when there is one.</summary>
public sealed record SubscriptionResult(SubscriptionOutcome Outcome, Subscription? Subscription = null)
{
    public static SubscriptionResult NotFound { get; } = new(SubscriptionOutcome.NotFound);

    public static SubscriptionResult LimitReached { get; } = new(SubscriptionOutcome.LimitReached);
}
