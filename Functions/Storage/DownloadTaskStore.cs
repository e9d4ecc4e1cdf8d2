using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Storage;

/// <summary>Tasks in Azure Table Storage. Updates are optimistic (ETag) so that no writer undoes another's status.</summary>
public sealed class DownloadTaskStore
{
    // The most rows Table Storage returns per request.
    private const int MaxPerRequest = 1000;

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

    /// <summary>
    /// Up to <paramref name="pageSize"/> tasks in id order, after <paramref name="after"/> when given (keyset paging:
    /// a page never skips or repeats a task, whatever was added or removed meanwhile).
    /// </summary>
    public async Task<DownloadTaskPage> ListAsync(
        DownloadStatus? status, int pageSize, Guid? after, CancellationToken cancellationToken)
    {
        await created.EnsureAsync();
        var filter = And(
            after is { } start ? TableClient.CreateQueryFilter($"PartitionKey gt {Key(start)}") : null,
            StatusFilter(status));
        return await ReadPageAsync(table.QueryAsync<DownloadTaskEntity>(filter, Math.Min(pageSize + 1, MaxPerRequest), cancellationToken: cancellationToken), pageSize);
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
            Key(id), DownloadTaskEntity.RowKeyValue, ETag.All, cancellationToken);
        return response.Status != 404;
    }

    /// <summary>Reads one row more than the page holds: only then is there a next page, and the token says so.</summary>
    private static async Task<DownloadTaskPage> ReadPageAsync(IAsyncEnumerable<DownloadTaskEntity> rows, int pageSize)
    {
        var tasks = new List<DownloadTask>(pageSize);
        await foreach (var row in rows)
        {
            if (tasks.Count == pageSize)
            {
                return new DownloadTaskPage(tasks, tasks[^1].Id);
            }

            tasks.Add(row.ToTask());
        }

        return new DownloadTaskPage(tasks, null);
    }

    private static string? StatusFilter(DownloadStatus? status) =>
        status is { } s ? TableClient.CreateQueryFilter($"Status eq {DownloadTaskMapping.StatusText(s)}") : null;

    private static string? And(params string?[] filters) =>
        filters.Where(f => f is not null).ToList() is { Count: > 0 } parts ? string.Join(" and ", parts) : null;

    private static string Key(Guid id) => id.ToString("D");

    private async Task<DownloadTaskEntity?> GetEntityAsync(Guid id, CancellationToken cancellationToken)
    {
        var response = await table.GetEntityIfExistsAsync<DownloadTaskEntity>(
            Key(id), DownloadTaskEntity.RowKeyValue, cancellationToken: cancellationToken);
        return response.HasValue ? response.Value : null;
    }
}
