using Azure;
using Azure.Data.Tables;

namespace YouTubeDownloader.Storage;

/// <summary>The table row of a task: one partition per task (PartitionKey = id), so every write is a point write.</summary>
public sealed class DownloadTaskEntity : ITableEntity
{
    public const string RowKeyValue = "task";

    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = RowKeyValue;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Url { get; set; } = "";

    public string VideoId { get; set; } = "";

    public string Quality { get; set; } = "";

    public string DownloadType { get; set; } = "";

    public string? FormatId { get; set; }

    public string? CallbackUrl { get; set; }

    // Rows written before chapters existed have no such property and keep this default.
    public bool WantsChapters { get; set; } = true;

    public string? SubtitleLanguages { get; set; }

    public bool AutoSubtitles { get; set; }

    // Rows written before audio formats existed have none: M4A.
    public string AudioFormat { get; set; } = "";

    public long? ClipStartMs { get; set; }

    public long? ClipEndMs { get; set; }

    public string Status { get; set; } = "";

    public string Title { get; set; } = "";

    public bool HasThumbnail { get; set; }

    public int? DurationSeconds { get; set; }

    public string FormatNote { get; set; } = "";

    /// <summary>JSON: <c>[{"StartMs","EndMs","Title"}]</c>; null for none (a few KB at most: titles come from a 5,000-character description).</summary>
    public string? Chapters { get; set; }

    /// <summary>JSON: <c>[{"Lang","Name","Auto"}]</c>; null for none.</summary>
    public string? Subtitles { get; set; }

    public long FileSize { get; set; }

    public long DownloadedBytes { get; set; }

    public double? BytesPerSecond { get; set; }

    public double? EtaSeconds { get; set; }

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public string? BlobName { get; set; }

    public string? StreamChoice { get; set; }

    public string? ErrorCode { get; set; }

    public string? ErrorMessage { get; set; }

    public int? Attempt { get; set; }

    public string? LastErrorCode { get; set; }

    public string? LastErrorMessage { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public bool IsPlaylist { get; set; }

    public int PlaylistIndex { get; set; }

    // Rows written before playlists existed have no such property and keep this default.
    public int PlaylistTotal { get; set; } = 1;

    public string? PlaylistId { get; set; }

    public string? ListId { get; set; }

    public string? SubscriptionId { get; set; }

    /// <summary>Which run of the task this row belongs to (0, then one more per retry).</summary>
    public int Run { get; set; }
}
