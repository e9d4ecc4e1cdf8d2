using YouTubeDownloader.Downloads;
using YouTubeDownloader.Playlists;
using YouTubeDownloader.Storage;

namespace YouTubeDownloader.Views;

/// <summary>
/// Tasks as a client sees them, for the status and list routes, the live events and the webhooks alike: a playlist task
/// with its entries' progress and outcome (<see cref="PlaylistSummary"/>), any other task as stored.
/// </summary>
public sealed class DownloadQueries(DownloadTaskStore tasks)
{
    public async Task<DownloadTask?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await SummarizeAsync(await tasks.GetAsync(id, cancellationToken), cancellationToken);

    /// <param name="playlistId">Only the entries of this playlist task.</param>
    /// <param name="subscriptionId">Only the downloads this subscription started.</param>
    public async Task<DownloadTaskPage> ListAsync(
        DownloadStatus? status, ListOrder order, int pageSize, Guid? after, CancellationToken cancellationToken, Guid? playlistId = null,
        Guid? subscriptionId = null)
    {
        var page = await tasks.ListAsync(status, order, pageSize, after, cancellationToken, playlistId, subscriptionId);
        if (!page.Tasks.Any(t => t.IsPlaylistTask))
        {
            return page;
        }

        var shown = new List<DownloadTask>(page.Tasks.Count);
        foreach (var task in page.Tasks)
        {
            shown.Add((await SummarizeAsync(task, cancellationToken))!);
        }

        return page with { Tasks = shown };
    }

    private async Task<DownloadTask?> SummarizeAsync(DownloadTask? task, CancellationToken cancellationToken) =>
        task is { IsPlaylistTask: true }
            ? PlaylistSummary.Apply(task, await tasks.ListEntriesAsync(task.Id, cancellationToken))
            : task;
}
