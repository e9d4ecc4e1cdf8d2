namespace YouTubeDownloader.Subscriptions;

/// <summary>Where a subscription stands; serialised in lowercase (<c>active</c>, <c>paused</c>, <c>error</c>).</summary>
public enum SubscriptionStatus
{
    /// <summary>Its workflow checks the list every <see cref="Subscription.CheckEveryMinutes"/>.</summary>
    Active,

    /// <summary>Stopped by the client; resumed on request.</summary>
    Paused,

    /// <summary>Stopped because YouTube refuses the list for good (private, deleted): <see cref="Subscription.LastError"/> says why.</summary>
    Error,
}
