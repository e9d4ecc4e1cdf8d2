using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Storage;

/// <summary>
/// Tasks in Azure Table Storage, one partition per task id. Updates are optimistic (ETag) so that no writer undoes
/// another's status. Listing: <c>DownloadTaskStore.List.cs</c>.
/// </summary>
public sealed partial class DownloadTaskStore
{
    private readonly TableClient table;
    private readonly TimeProvider time;
    private readonly CreatedOnce created;

    public DownloadTaskStore(TableServiceClient service, IOptions<DownloadOptions> options, TimeProvider time)
    {
        this.time = time;
        table = service.GetTableClient(options.Value.Table);
        created = new CreatedOnce(() => table.CreateIfNotExistsAsync());
    }

    public async Task CreateAsync(DownloadTask task, CancellationToken cancellationToken)
    {
        await created.EnsureAsync();
        await table.AddEntityAsync(task.ToEntity(), cancellationToken);
    }

    /// <summary>Creates the task unless a task with its id exists (a repeated step writes the same rows); false then.</summary>
    public async Task<bool> CreateIfAbsentAsync(DownloadTask task, CancellationToken cancellationToken)
    {
        await created.EnsureAsync();
        try
        {
            await table.AddEntityAsync(task.ToEntity(), cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    public async Task<DownloadTask?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await created.EnsureAsync();
        var row = await GetEntityAsync(id, cancellationToken);
        return row?.ToTask();
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
        return await OptimisticUpdate.ApplyAsync(
            table, ct => GetEntityAsync(id, ct), DownloadTaskMapping.ToTask, t => t.ToEntity(), change, cancellationToken);
    }

    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await created.EnsureAsync();
        using var response = await table.DeleteEntityAsync(
            Key(id), DownloadTaskEntity.RowKeyValue, ETag.All, cancellationToken);
        return response.Status != 404;
    }

    private static string Key(Guid id) => TaskIds.Format(id);

    private async Task<DownloadTaskEntity?> GetEntityAsync(Guid id, CancellationToken cancellationToken)
    {
        var response = await table.GetEntityIfExistsAsync<DownloadTaskEntity>(
            Key(id), DownloadTaskEntity.RowKeyValue, cancellationToken: cancellationToken);
        return response.HasValue ? response.Value : null;
    }
}
