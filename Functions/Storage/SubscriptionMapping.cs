using YouTubeDownloader.Downloads;
using YouTubeDownloader.Subscriptions;

namespace YouTubeDownloader.Storage;

/// <summary>Maps subscriptions and seen videos to their rows; enums are stored as their lowercase names.</summary>
internal static class SubscriptionMapping
{
    public static SubscriptionEntity ToEntity(this Subscription subscription) => new()
    {
        PartitionKey = TaskIds.Format(subscription.Id),
        Url = subscription.Url,
        Source = DownloadTaskMapping.StatusText(subscription.Source),
        ListId = subscription.ListId,
        Title = subscription.Title,
        Quality = subscription.Quality.ToString(),
        DownloadType = DownloadTaskMapping.StatusText(subscription.DownloadType),
        CallbackUrl = subscription.CallbackUrl,
        CheckEveryMinutes = subscription.CheckEveryMinutes,
        Backfill = subscription.Backfill,
        Status = DownloadTaskMapping.StatusText(subscription.Status),
        CreatedAt = subscription.CreatedAt,
        LastCheckedAt = subscription.LastCheckedAt,
        NextCheckAt = subscription.NextCheckAt,
        VideosSeen = subscription.VideosSeen,
        DownloadsStarted = subscription.DownloadsStarted,
        LastErrorCode = subscription.LastError?.Code.ToWire(),
        LastErrorMessage = subscription.LastError?.Message,
        LastErrorAt = subscription.LastError?.At,
        Backfilled = subscription.Backfilled,
    };

    public static Subscription ToSubscription(this SubscriptionEntity entity) => new()
    {
        Id = Guid.Parse(entity.PartitionKey),
        Url = entity.Url,
        Source = Enum.Parse<SubscriptionSource>(entity.Source, ignoreCase: true),
        ListId = entity.ListId,
        Title = entity.Title,
        Quality = Quality.Parse(entity.Quality),
        DownloadType = Enum.Parse<DownloadType>(entity.DownloadType, ignoreCase: true),
        CallbackUrl = entity.CallbackUrl,
        CheckEveryMinutes = entity.CheckEveryMinutes,
        Backfill = entity.Backfill,
        Status = Enum.Parse<SubscriptionStatus>(entity.Status, ignoreCase: true),
        CreatedAt = entity.CreatedAt,
        LastCheckedAt = entity.LastCheckedAt,
        NextCheckAt = entity.NextCheckAt,
        VideosSeen = entity.VideosSeen,
        DownloadsStarted = entity.DownloadsStarted,
        LastError = DownloadErrorCodes.TryParse(entity.LastErrorCode, out var code)
            ? new CheckError(code, entity.LastErrorMessage ?? "", entity.LastErrorAt ?? entity.CreatedAt)
            : null,
        Backfilled = entity.Backfilled,
    };

    public static SeenVideoEntity ToEntity(this SeenVideo video, Guid subscriptionId) => new()
    {
        PartitionKey = TaskIds.Format(subscriptionId),
        RowKey = SeenVideoEntity.RowKeyPrefix + video.VideoId,
        Title = video.Title,
        TaskId = video.TaskId is { } taskId ? TaskIds.Format(taskId) : null,
        Started = video.Started,
        LastSeenAt = video.LastSeenAt,
    };

    public static SeenVideo ToSeenVideo(this SeenVideoEntity entity) => new(
        entity.RowKey[SeenVideoEntity.RowKeyPrefix.Length..],
        entity.Title,
        Guid.TryParse(entity.TaskId, out var taskId) ? taskId : null,
        entity.Started,
        entity.LastSeenAt);
}
