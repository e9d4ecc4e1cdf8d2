using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Subscriptions;

/// <summary>
/// One followed channel or playlist: what it reads (<see cref="ListId"/>, a channel's uploads <c>UU…</c> or a playlist),
/// what each download it starts takes (quality, type, callback), how often it checks, and what its checks found.
/// Stored by <see cref="Storage.SubscriptionStore"/>; the videos it has seen are rows of their own beside it.
/// </summary>
public sealed record Subscription
{
    public required Guid Id { get; init; }

    /// <summary>The URL as sent.</summary>
    public required string Url { get; init; }

    public required SubscriptionSource Source { get; init; }

    /// <summary>The list every check reads: <c>UU…</c> for a channel (resolved once, at creation), else the playlist's id.</summary>
    public required string ListId { get; init; }

    /// <summary>The channel's name, or the playlist's title, as the last read showed it.</summary>
    public required string Title { get; init; }

    public required Quality Quality { get; init; }

    public required DownloadType DownloadType { get; init; }

    /// <summary>Each new download's webhook; never shown (it may carry the receiver's token).</summary>
    public string? CallbackUrl { get; init; }

    public required int CheckEveryMinutes { get; init; }

    /// <summary>How many of the newest entries the first check downloads; the rest of what is there then is only marked seen.</summary>
    public required int Backfill { get; init; }

    public SubscriptionStatus Status { get; init; } = SubscriptionStatus.Active;

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? LastCheckedAt { get; init; }

    /// <summary>When the workflow checks next; null while the subscription is not active.</summary>
    public DateTimeOffset? NextCheckAt { get; init; }

    /// <summary>Videos remembered as seen (bounded: <see cref="SubscriptionOptions.MaxSeen"/>).</summary>
    public int VideosSeen { get; init; }

    public int DownloadsStarted { get; init; }

    public CheckError? LastError { get; init; }

    /// <summary>True once the first check has run (and with it the backfill).</summary>
    public bool Backfilled { get; init; }

    public bool IsActive => Status == SubscriptionStatus.Active;
}
