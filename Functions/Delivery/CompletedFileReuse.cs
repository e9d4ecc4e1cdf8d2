using Azure;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using YouTubeDownloader.Storage;

namespace YouTubeDownloader.Delivery;

/// <summary>
/// Completes a task from another task's file when both are the same stream choice: a server-side copy within the
/// storage account (Copy Blob), no media request to the source. The copy is a blob of its own under the new task's
/// prefix, so removing either task never touches the other's file.
/// </summary>
public sealed class CompletedFileReuse(
    StreamChoiceIndex index,
    DownloadBlobStore blobs,
    BlobLinkSigner signer,
    IOptions<DeliveryOptions> options,
    ILogger<CompletedFileReuse> logger)
{
    private static readonly TimeSpan CopyPollInterval = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Copies the newest completed file of <paramref name="streamChoice"/> into <paramref name="targetBlobName"/> and
    /// returns its length; null when reuse is off or no candidate could be copied (the caller downloads as usual).
    /// </summary>
    public async Task<long?> TryCopyAsync(string streamChoice, Guid taskId, string targetBlobName, CancellationToken cancellationToken)
    {
        if (!options.Value.ReuseCompletedFiles)
        {
            return null;
        }

        await foreach (var source in index.FindCompletedAsync(streamChoice, taskId, cancellationToken))
        {
            if (await TryCopyAsync(source.Id, source.BlobName!, targetBlobName, cancellationToken) is { } length)
            {
                logger.LogInformation("Task {TaskId} reuses the file of task {SourceId} ({Length} bytes)", taskId, source.Id, length);
                return length;
            }
        }

        return null;
    }

    private async Task<long?> TryCopyAsync(Guid sourceId, string sourceBlobName, string targetBlobName, CancellationToken cancellationToken)
    {
        var source = await blobs.GetBlobAsync(sourceBlobName);
        var target = await blobs.GetBlobAsync(targetBlobName);
        try
        {
            // A read SAS for the source works under both an account key and a managed identity (user delegation key).
            var link = await signer.SignReadAsync(source, cancellationToken);
            await target.StartCopyFromUriAsync(link.Url, cancellationToken: cancellationToken);

            // Within one account a copy is usually done when the call returns; a pending one is polled until it ends.
            var properties = (await target.GetPropertiesAsync(cancellationToken: cancellationToken)).Value;
            while (properties.CopyStatus == CopyStatus.Pending)
            {
                await Task.Delay(CopyPollInterval, cancellationToken);
                properties = (await target.GetPropertiesAsync(cancellationToken: cancellationToken)).Value;
            }

            if (properties.CopyStatus == CopyStatus.Success)
            {
                return properties.ContentLength;
            }

            // Failed or aborted, e.g. the source was deleted while it was copied.
            logger.LogInformation("Copying the file of task {SourceId} ended {CopyStatus}: {Description}", sourceId, properties.CopyStatus, properties.CopyStatusDescription);
            await target.DeleteIfExistsAsync(cancellationToken: cancellationToken);
            return null;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 409 or 412 || e.ErrorCode is "CannotVerifyCopySource")
        {
            // The source went (removed, or deleted by the retention rule) before or during the copy: nothing to reuse.
            logger.LogInformation(e, "The file of task {SourceId} could not be copied; trying the next or downloading", sourceId);
            await target.DeleteIfExistsAsync(cancellationToken: cancellationToken);
            return null;
        }
    }
}
