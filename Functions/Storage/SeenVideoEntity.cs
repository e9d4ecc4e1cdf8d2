using Azure;
using Azure.Data.Tables;

namespace YouTubeDownloader.Storage;

/// <summary>A video a subscription has seen: in the subscription's partition, RowKey = <see cref="RowKeyPrefix"/> + the video id.</summary>
public sealed class SeenVideoEntity : ITableEntity
{
    public const string RowKeyPrefix = "seen-";

    // The first key after every "seen-…" key: '.' follows '-' in ordinal order.
    public const string RowKeyEnd = "seen.";

    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Title { get; set; } = "";

    public string? TaskId { get; set; }

    public bool Started { get; set; }

    public DateTimeOffset LastSeenAt { get; set; }
}
