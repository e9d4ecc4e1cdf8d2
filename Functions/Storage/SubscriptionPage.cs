using YouTubeDownloader.Subscriptions;

namespace YouTubeDownloader.Storage;

/// <summary>One page of subscriptions; <see cref="ResumeAfter"/> is the last id sent when more follow, else null.</summary>
public sealed record SubscriptionPage(IReadOnlyList<Subscription> Subscriptions, Guid? ResumeAfter);
