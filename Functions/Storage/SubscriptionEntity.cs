using Azure;
using Azure.Data.Tables;

namespace YouTubeDownloader.Storage;

/// <summary>The row of a subscription: PartitionKey = its id, beside the rows of the videos it has seen (<see cref="SeenVideoEntity"/>).</summary>
public sealed class SubscriptionEntity : ITableEntity
{
    public const string RowKeyValue = "subscription";

    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = RowKeyValue;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Url { get; set; } = "";

    public string Source { get; set; } = "";

    public string ListId { get; set; } = "";

    public string Title { get; set; } = "";

    public string Quality { get; set; } = "";

    public string DownloadType { get; set; } = "";

    public string? CallbackUrl { get; set; }

    public int CheckEveryMinutes { get; set; }

    public int Backfill { get; set; }

    public string Status { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LastCheckedAt { get; set; }

    public DateTimeOffset? NextCheckAt { get; set; }

    public int VideosSeen { get; set; }

    public int DownloadsStarted { get; set; }

    public string? LastErrorCode { get; set; }

    public string? LastErrorMessage { get; set; }

    public DateTimeOffset? LastErrorAt { get; set; }

    public bool Backfilled { get; set; }
}
