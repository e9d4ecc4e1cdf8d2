using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Microsoft.Extensions.Options;
using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Storage;

/// <summary>
/// The blobs of the tasks. Everything a task writes sits under <c>{taskId}/</c> in one container, so
/// "leave nothing behind" is one prefix delete.
/// </summary>
public sealed class DownloadBlobStore
{
    private readonly BlobContainerClient container;
    private readonly CreatedOnce created;

    public DownloadBlobStore(BlobServiceClient service, IOptions<DownloadOptions> options)
    {
        container = service.GetBlobContainerClient(options.Value.Container);
        created = new CreatedOnce(() => container.CreateIfNotExistsAsync());
    }

    public static string SourceName(Guid taskId, int streamIndex) => $"{Prefix(taskId)}source-{streamIndex}";

    /// <summary>The sample entries of a stream fetched straight into the file (one-pass path); deleted once the file is committed.</summary>
    public static string TableName(Guid taskId, int streamIndex) => $"{Prefix(taskId)}table-{streamIndex}";

    /// <summary>The task's thumbnail image, next to its file (so removing the task removes it too).</summary>
    public static string ThumbnailName(Guid taskId) => $"{Prefix(taskId)}thumbnail";

    /// <summary>A subtitle track of the task as WebVTT, next to its file; <paramref name="lang"/> is a checked language code.</summary>
    public static string SubtitleName(Guid taskId, string lang) => $"{Prefix(taskId)}subtitles-{lang}.vtt";

    public static string FileName(Guid taskId, DownloadType type, AudioFormat audioFormat = AudioFormat.M4a) =>
        $"{Prefix(taskId)}media{DownloadFileName.ExtensionOf(type, audioFormat)}";

    public async Task<BlockBlobClient> GetBlockBlobAsync(string name)
    {
        await created.EnsureAsync();
        return container.GetBlockBlobClient(name);
    }

    public async Task<BlobClient> GetBlobAsync(string name)
    {
        await created.EnsureAsync();
        return container.GetBlobClient(name);
    }

    /// <summary>Deletes every blob of a task, committed or not. Safe to call again.</summary>
    public Task DeleteAllAsync(Guid taskId, CancellationToken cancellationToken) => DeleteAsync(taskId, _ => true, cancellationToken);

    /// <summary>
    /// Deletes a task's staged sources and tables (the parts a file is assembled from), committed or not, and keeps its
    /// file, thumbnail and subtitles. Safe to call again.
    /// </summary>
    public Task DeleteStagedAsync(Guid taskId, CancellationToken cancellationToken) =>
        DeleteAsync(taskId, name => name.StartsWith($"{Prefix(taskId)}source-", StringComparison.Ordinal)
                                    || name.StartsWith($"{Prefix(taskId)}table-", StringComparison.Ordinal), cancellationToken);

    private async Task DeleteAsync(Guid taskId, Func<string, bool> which, CancellationToken cancellationToken)
    {
        await created.EnsureAsync();
        var names = new List<string>();
        await foreach (var item in container.GetBlobsAsync(
                           new GetBlobsOptions { Prefix = Prefix(taskId), States = BlobStates.Uncommitted },
                           cancellationToken))
        {
            if (which(item.Name))
            {
                names.Add(item.Name);
            }
        }

        foreach (var name in names)
        {
            var blob = container.GetBlockBlobClient(name);
            if (!await blob.DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken))
            {
                // A blob with only uncommitted blocks cannot be deleted; committing an empty list makes it deletable.
                await DiscardUncommittedAsync(blob, cancellationToken);
            }
        }
    }

    private static async Task DiscardUncommittedAsync(BlockBlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            await blob.CommitBlockListAsync([], cancellationToken: cancellationToken);
            await blob.DeleteIfExistsAsync(cancellationToken: cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Gone meanwhile.
        }
    }

    private static string Prefix(Guid taskId) => $"{TaskIds.Format(taskId)}/";
}
