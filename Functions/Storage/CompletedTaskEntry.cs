using Azure;
using Azure.Data.Tables;

namespace YouTubeDownloader.Storage;

/// <summary>
/// A row of a <see cref="CompletedTaskIndex{TEntry}"/>: PartitionKey = the index's key, RowKey = the completion time
/// inverted, then the task id (<see cref="CompletedTaskIndex{TEntry}.RowKey"/>), so a partition lists the newest first.
/// </summary>
public abstract class CompletedTaskEntry : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    /// <summary>The task the entry points at.</summary>
    public string TaskId { get; set; } = "";
}
