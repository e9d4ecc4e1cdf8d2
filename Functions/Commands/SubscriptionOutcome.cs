namespace YouTubeDownloader.Commands;

/// <summary>What a change asked of a subscription came to.</summary>
public enum SubscriptionOutcome
{
    Done,
    NotFound,

    /// <summary>A check asked of a subscription that is paused or stopped by an error.</summary>
    NotActive,

    /// <summary><c>Subscriptions__MaxActive</c> subscriptions are active already.</summary>
    LimitReached,
}
