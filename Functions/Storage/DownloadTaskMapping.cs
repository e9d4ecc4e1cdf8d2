using Azure;
using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Storage;

/// <summary>Maps between the domain task and its table row; enums are stored as their wire text.</summary>
internal static class DownloadTaskMapping
{
    public static DownloadTaskEntity ToEntity(this DownloadTask task, ETag etag = default) => new()
    {
        PartitionKey = TaskIds.Format(task.Id),
        ETag = etag,
        Url = task.Url,
        VideoId = task.VideoId,
        Quality = task.Quality.ToString(),
        DownloadType = StatusText(task.DownloadType),
        FormatId = task.FormatId,
        CallbackUrl = task.CallbackUrl,
        Status = StatusText(task.Status),
        Title = task.Title,
        HasThumbnail = task.HasThumbnail,
        DurationSeconds = task.DurationSeconds,
        FormatNote = task.FormatNote,
        FileSize = task.FileSize,
        DownloadedBytes = task.DownloadedBytes,
        BytesPerSecond = task.BytesPerSecond,
        EtaSeconds = task.EtaSeconds,
        FileName = task.FileName,
        ContentType = task.ContentType,
        BlobName = task.BlobName,
        StreamChoice = task.StreamChoice,
        ErrorCode = task.ErrorCode?.ToWire(),
        ErrorMessage = task.ErrorMessage,
        Attempt = task.Attempt,
        LastErrorCode = task.LastError?.Code.ToWire(),
        LastErrorMessage = task.LastError?.Message,
        CreatedAt = task.CreatedAt,
        CompletedAt = task.CompletedAt,
        IsPlaylist = task.IsPlaylist,
        PlaylistIndex = task.PlaylistIndex,
        PlaylistTotal = task.PlaylistTotal,
        PlaylistId = task.PlaylistId is { } playlistId ? TaskIds.Format(playlistId) : null,
        ListId = task.ListId,
        Run = task.Run,
    };

    public static DownloadTask ToTask(this DownloadTaskEntity entity) => new()
    {
        Id = Guid.Parse(entity.PartitionKey),
        Url = entity.Url,
        VideoId = entity.VideoId,
        Quality = Quality.Parse(entity.Quality),
        DownloadType = Enum.Parse<DownloadType>(entity.DownloadType, ignoreCase: true),
        FormatId = entity.FormatId,
        CallbackUrl = entity.CallbackUrl,
        Status = Enum.Parse<DownloadStatus>(entity.Status, ignoreCase: true),
        Title = entity.Title,
        HasThumbnail = entity.HasThumbnail,
        DurationSeconds = entity.DurationSeconds,
        FormatNote = entity.FormatNote,
        FileSize = entity.FileSize,
        DownloadedBytes = entity.DownloadedBytes,
        BytesPerSecond = entity.BytesPerSecond,
        EtaSeconds = entity.EtaSeconds,
        FileName = entity.FileName,
        ContentType = entity.ContentType,
        BlobName = entity.BlobName,
        StreamChoice = entity.StreamChoice,
        ErrorCode = DownloadErrorCodes.TryParse(entity.ErrorCode, out var code) ? code : null,
        ErrorMessage = entity.ErrorMessage,
        Attempt = entity.Attempt,
        LastError = DownloadErrorCodes.TryParse(entity.LastErrorCode, out var lastCode) ? new TaskError(lastCode, entity.LastErrorMessage ?? "") : null,
        CreatedAt = entity.CreatedAt,
        CompletedAt = entity.CompletedAt,
        IsPlaylist = entity.IsPlaylist,
        PlaylistIndex = entity.PlaylistIndex,
        PlaylistTotal = entity.PlaylistTotal,
        PlaylistId = Guid.TryParse(entity.PlaylistId, out var playlistId) ? playlistId : null,
        ListId = entity.ListId,
        Run = entity.Run,
    };

    public static string StatusText<TEnum>(TEnum value)
        where TEnum : struct, Enum => value.ToString().ToLowerInvariant();
}
