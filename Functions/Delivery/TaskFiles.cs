using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Storage;

namespace YouTubeDownloader.Delivery;

/// <summary>The finished files of tasks, for the file, stream, link and ZIP routes: opened from storage or signed as a link.</summary>
public sealed class TaskFiles(DownloadTaskStore tasks, DownloadBlobStore blobs, FileNameIndex fileNames, BlobLinkSigner links)
{
    public async Task<FileLookup<DownloadFile>> OpenAsync(Guid id, CancellationToken cancellationToken)
        => await OpenAsync(await tasks.GetAsync(id, cancellationToken), cancellationToken);

    /// <summary>
    /// The finished file of the most recent completed task with this <paramref name="fileName"/> (the original API's
    /// stream route takes a name).
    /// </summary>
    public async Task<FileLookup<DownloadFile>> OpenByNameAsync(string fileName, CancellationToken cancellationToken) =>
        await OpenAsync(await fileNames.FindLatestCompletedAsync(fileName, cancellationToken), cancellationToken);

    /// <summary>The finished file of <paramref name="task"/> (null: no such task).</summary>
    public async Task<FileLookup<DownloadFile>> OpenAsync(DownloadTask? task, CancellationToken cancellationToken)
    {
        var found = await FindAsync(task, cancellationToken);
        if (found.Value is not (var completed, var blob, var properties))
        {
            return new FileLookup<DownloadFile>(found.State, null);
        }

        var content = new BlobStreamingReadStream(blob, properties.ContentLength, properties.ETag);
        return FileLookup<DownloadFile>.Ready(
            new DownloadFile(content, completed.ContentType, completed.FileName, properties.ContentLength, properties.ETag, properties.LastModified));
    }

    /// <summary>
    /// A short-lived read-only link straight to the task's blob, which answers with <paramref name="disposition"/> of the
    /// file name as <c>Content-Disposition</c>.
    /// </summary>
    public async Task<FileLookup<DownloadLink>> CreateLinkAsync(Guid id, Func<string, string> disposition, CancellationToken cancellationToken)
    {
        var found = await FindAsync(await tasks.GetAsync(id, cancellationToken), cancellationToken);
        if (found.Value is not (var completed, var blob, _))
        {
            return new FileLookup<DownloadLink>(found.State, null);
        }

        return FileLookup<DownloadLink>.Ready(await links.SignAsync(blob, disposition(completed.FileName), completed.ContentType, cancellationToken));
    }

    /// <summary>
    /// The completed entries of a playlist task, to be zipped in the list's order; null when <paramref name="task"/> is
    /// no playlist task. The entries' files are opened one at a time, as the archive reaches them.
    /// </summary>
    public async Task<PlaylistArchive?> OpenArchiveAsync(DownloadTask task, CancellationToken cancellationToken)
    {
        if (!task.IsPlaylistTask)
        {
            return null;
        }

        var entries = await tasks.ListEntriesAsync(task.Id, cancellationToken);
        var digits = Math.Max(3, entries.Count.ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
        var files = new List<PlaylistArchiveEntry>();
        foreach (var entry in entries.Where(e => e is { Status: DownloadStatus.Completed, BlobName: not null }).OrderBy(e => e.PlaylistIndex))
        {
            var name = $"{entry.PlaylistIndex.ToString(new string('0', digits), System.Globalization.CultureInfo.InvariantCulture)} - {entry.FileName}";
            files.Add(new PlaylistArchiveEntry(name, entry.CompletedAt ?? entry.CreatedAt, async ct => (await OpenAsync(entry, ct)).Value));
        }

        var title = task.FileName is { Length: > 0 } fileName ? fileName : DownloadFileName.ForPlaylist(task.Title);
        return new PlaylistArchive(title, files);
    }

    /// <summary>The completed task's blob and its properties, or why there is none.</summary>
    private async Task<FileLookup<StoredFile>> FindAsync(DownloadTask? task, CancellationToken cancellationToken)
    {
        if (task is not { Status: DownloadStatus.Completed, BlobName: { } blobName })
        {
            return FileLookup<StoredFile>.NotReady;
        }

        var blob = await blobs.GetBlobAsync(blobName);
        try
        {
            BlobProperties properties = await blob.GetPropertiesAsync(cancellationToken: cancellationToken);
            return FileLookup<StoredFile>.Ready(new StoredFile(task, blob, properties));
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return FileLookup<StoredFile>.Missing;
        }
    }

    private sealed record StoredFile(DownloadTask Task, BlobClient Blob, BlobProperties Properties);
}
