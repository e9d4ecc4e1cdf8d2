using Azure;
using Azure.Storage;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Logging;
using YouTubeDownloader.Media;
using YouTubeDownloader.Sources;
using YouTubeDownloader.Storage;

namespace YouTubeDownloader.Thumbnails;

/// <summary>
/// A task's thumbnail, stored as the blob <c>{taskId}/thumbnail</c> beside the file, so the task's prefix delete
/// (remove, failure) takes it too. Best effort: a thumbnail that cannot be had or stored never fails the download.
/// </summary>
public sealed class TaskThumbnails(IMediaResolver resolver, DownloadBlobStore blobs, ILogger<TaskThumbnails> logger)
{
    /// <summary>Fetches the plan's thumbnail and stores it; whether the task now has one.</summary>
    public async Task<bool> StoreAsync(Guid taskId, MediaPlan plan, CancellationToken cancellationToken)
    {
        var image = await resolver.FetchThumbnailAsync(plan, cancellationToken);
        if (image is null)
        {
            return false;
        }

        try
        {
            var blob = await blobs.GetBlockBlobAsync(DownloadBlobStore.ThumbnailName(taskId));
            await blob.UploadAsync(
                new MemoryStream(image.Bytes, writable: false),
                new BlobUploadOptions
                {
                    HttpHeaders = new BlobHttpHeaders { ContentType = image.ContentType },
                    TransferValidation = new UploadTransferValidationOptions { ChecksumAlgorithm = StorageChecksumAlgorithm.MD5 },
                },
                cancellationToken);
            return true;
        }
        catch (RequestFailedException ex)
        {
            logger.LogWarning(ex, "Thumbnail of task {TaskId} not stored", taskId);
            return false;
        }
    }

    /// <summary>The stored thumbnail, open for reading; null when there is none.</summary>
    public async Task<StoredThumbnail?> OpenAsync(Guid taskId, CancellationToken cancellationToken)
    {
        var blob = await blobs.GetBlockBlobAsync(DownloadBlobStore.ThumbnailName(taskId));
        try
        {
            var download = await blob.DownloadStreamingAsync(cancellationToken: cancellationToken);
            var details = download.Value.Details;
            return new StoredThumbnail(download.Value.Content, details.ContentType ?? "image/jpeg", details.ETag, details.LastModified);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <summary>
    /// The stored thumbnail as a file's cover: null when the task has none (best effort: no cover, never a failure) or
    /// it is neither JPEG nor PNG. Any other storage failure is thrown, for the activity's retry.
    /// </summary>
    public async Task<CoverImage?> ReadCoverAsync(Guid taskId, CancellationToken cancellationToken)
    {
        var blob = await blobs.GetBlockBlobAsync(DownloadBlobStore.ThumbnailName(taskId));
        try
        {
            var content = await blob.DownloadContentAsync(cancellationToken);
            var cover = CoverImage.From(content.Value.Content.ToArray());
            if (cover is null)
            {
                logger.LogInformation("Thumbnail of task {TaskId} is neither JPEG nor PNG; the file gets no cover", taskId);
            }

            return cover;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }
}
