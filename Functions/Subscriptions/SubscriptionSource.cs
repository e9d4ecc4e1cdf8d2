namespace YouTubeDownloader.Subscriptions;

/// <summary>What a subscription follows: a channel's uploads (newest first) or a playlist (new entries anywhere, usually at the end).</summary>
public enum SubscriptionSource
{
    Channel,
    Playlist,
}
