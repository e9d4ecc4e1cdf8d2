using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Storage;

/// <summary>Tasks in Azure Table Storage. Updates are optimistic (ETag) so that no writer undoes another's status.</summary>
public sealed class DownloadTaskStore
{
    private readonly TableClient table;
    private readonly CreatedOnce created;

    public DownloadTaskStore(TableServiceClient service, IOptions<DownloadOptions> options)
    {
        table = service.GetTableClient(options.Value.Table);
        created = new CreatedOnce(() => table.CreateIfNotExistsAsync());
    }

    public async Task CreateAsync(DownloadTask task, CancellationToken cancellationToken)
    {
        await created.EnsureAsync();
        await table.AddEntityAsync(task.ToEntity(), cancellationToken);
    }

    public async Task<DownloadTask?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await created.EnsureAsync();
        var row = await GetEntityAsync(id, cancellationToken);
        return row?.ToTask();
    }

    public async Task<DownloadTaskPage> ListAsync(
        DownloadStatus? status, int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        await created.EnsureAsync();
        var filter = status is { } s
            ? TableClient.CreateQueryFilter($"Status eq {DownloadTaskMapping.StatusText(s)}")
            : null;
        await foreach (var page in table.QueryAsync<DownloadTaskEntity>(filter, pageSize, cancellationToken: cancellationToken)
                           .AsPages(continuationToken, pageSize))
        {
            return new DownloadTaskPage(page.Values.Select(e => e.ToTask()).ToList(), page.ContinuationToken);
        }

        return new DownloadTaskPage([], null);
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the stored task and writes it if the row did not change meanwhile,
    /// re-reading and re-applying on a conflict. <paramref name="change"/> returns null to leave the task as it is.
    /// Returns the task as stored afterwards, or null when there is no such task.
    /// </summary>
    public async Task<DownloadTask?> UpdateAsync(
        Guid id, Func<DownloadTask, DownloadTask?> change, CancellationToken cancellationToken)
    {
        await created.EnsureAsync();
        while (true)
        {
            var row = await GetEntityAsync(id, cancellationToken);
            if (row is null)
            {
                return null;
            }

            var current = row.ToTask();
            var next = change(current);
            if (next is null || next == current)
            {
                return current;
            }

            try
            {
                await table.UpdateEntityAsync(next.ToEntity(), row.ETag, TableUpdateMode.Replace, cancellationToken);
                return next;
            }
            catch (RequestFailedException e) when (e.Status == 412)
            {
                // Someone wrote in between: apply the change to what they wrote.
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                return null;
            }
        }
    }

    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await created.EnsureAsync();
        using var response = await table.DeleteEntityAsync(
            id.ToString("D"), DownloadTaskEntity.RowKeyValue, ETag.All, cancellationToken);
        return response.Status != 404;
    }

    private async Task<DownloadTaskEntity?> GetEntityAsync(Guid id, CancellationToken cancellationToken)
    {
        var response = await table.GetEntityIfExistsAsync<DownloadTaskEntity>(
            id.ToString("D"), DownloadTaskEntity.RowKeyValue, cancellationToken: cancellationToken);
        return response.HasValue ? response.Value : null;
    }
}
