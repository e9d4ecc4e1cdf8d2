using YouTubeDownloader.Downloads;
using YouTubeDownloader.Subscriptions;

namespace YouTubeDownloader.Views;

/// <summary>The subscription object of the contract, field for field. The callback URL is not shown (it may carry the receiver's token).</summary>
public sealed record SubscriptionView(
    string Id,
    string Url,
    string Title,
    SubscriptionSource Source,
    string ListId,
    SubscriptionStatus Status,
    string Quality,
    DownloadType DownloadType,
    int CheckEveryMinutes,
    int Backfill,
    string CreatedAt,
    string? LastCheckedAt,
    string? NextCheckAt,
    int VideosSeen,
    int DownloadsStarted,
    SubscriptionErrorView? LastError)
{
    public static SubscriptionView From(Subscription s) => new(
        TaskIds.Format(s.Id),
        s.Url,
        s.Title,
        s.Source,
        s.ListId,
        s.Status,
        s.Quality.ToString(),
        s.DownloadType,
        s.CheckEveryMinutes,
        s.Backfill,
        HumanUnits.Timestamp(s.CreatedAt),
        s.LastCheckedAt is { } checkedAt ? HumanUnits.Timestamp(checkedAt) : null,
        s.NextCheckAt is { } next ? HumanUnits.Timestamp(next) : null,
        s.VideosSeen,
        s.DownloadsStarted,
        s.LastError is { } e ? new SubscriptionErrorView(e.Code.ToWire(), e.Message, HumanUnits.Timestamp(e.At)) : null);
}
