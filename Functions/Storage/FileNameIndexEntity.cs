using Azure;
using Azure.Data.Tables;

namespace YouTubeDownloader.Storage;

/// <summary>
/// One completed file under its name: PartitionKey = the name's SHA-256 (names hold characters keys may not),
/// RowKey = the completion time inverted, then the task id, so a partition lists the newest first.
/// </summary>
public sealed class FileNameIndexEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string TaskId { get; set; } = "";

    public string FileName { get; set; } = "";
}
