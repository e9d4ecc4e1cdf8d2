using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Subscriptions;

namespace YouTubeDownloader.Storage;

/// <summary>
/// Subscriptions in the table <c>{Downloads__Table}subscriptions</c>: one partition per subscription (its id, UUID v7, so
/// partitions list in creation order), holding its row and one row per video it has seen. Updates are optimistic (ETag);
/// the seen rows of one check are written in entity-group transactions (at most 100 rows each), so a check that dies
/// leaves each batch whole or absent.
/// </summary>
public sealed class SubscriptionStore
{
    private const int BatchSize = 100;
    private const int MaxPerRequest = 1000;

    private readonly TableClient table;
    private readonly CreatedOnce created;

    public SubscriptionStore(TableServiceClient service, IOptions<DownloadOptions> options)
    {
        table = service.GetTableClient(options.Value.Table + "subscriptions");
        created = new CreatedOnce(() => table.CreateIfNotExistsAsync());
    }

    public async Task CreateAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        await created.EnsureAsync();
        await table.AddEntityAsync(subscription.ToEntity(), cancellationToken);
    }

    public async Task<Subscription?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await created.EnsureAsync();
        return (await GetEntityAsync(id, cancellationToken))?.ToSubscription();
    }

    /// <summary>
    /// Applies <paramref name="change"/> and writes it if the row did not change meanwhile, re-reading on a conflict;
    /// null from <paramref name="change"/> leaves it. Returns the subscription as stored afterwards, null when there is none.
    /// </summary>
    public async Task<Subscription?> UpdateAsync(Guid id, Func<Subscription, Subscription?> change, CancellationToken cancellationToken)
    {
        await created.EnsureAsync();
        return await OptimisticUpdate.ApplyAsync(
            table, ct => GetEntityAsync(id, ct), SubscriptionMapping.ToSubscription, s => s.ToEntity(), change, cancellationToken);
    }

    /// <summary>Deletes the subscription and every video it has seen. False when there was none.</summary>
    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await created.EnsureAsync();
        var keys = new List<string>();
        await foreach (var row in table.QueryAsync<TableEntity>(
                           TableClient.CreateQueryFilter($"PartitionKey eq {TaskIds.Format(id)}"), MaxPerRequest, [nameof(ITableEntity.RowKey)], cancellationToken))
        {
            keys.Add(row.RowKey);
        }

        foreach (var batch in keys.Chunk(BatchSize))
        {
            await table.SubmitTransactionAsync(
                batch.Select(key => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(TaskIds.Format(id), key), ETag.All)),
                cancellationToken);
        }

        return keys.Contains(SubscriptionEntity.RowKeyValue);
    }

    /// <summary>Up to <paramref name="pageSize"/> subscriptions, oldest first, after <paramref name="after"/> (keyset paging).</summary>
    public async Task<SubscriptionPage> ListAsync(SubscriptionStatus? status, int pageSize, Guid? after, CancellationToken cancellationToken)
    {
        await created.EnsureAsync();
        var filters = new List<string> { TableClient.CreateQueryFilter($"RowKey eq {SubscriptionEntity.RowKeyValue}") };
        if (after is { } start)
        {
            filters.Add(TableClient.CreateQueryFilter($"PartitionKey gt {TaskIds.Format(start)}"));
        }

        if (status is { } s)
        {
            filters.Add(TableClient.CreateQueryFilter($"Status eq {DownloadTaskMapping.StatusText(s)}"));
        }

        var page = new List<Subscription>(pageSize);
        await foreach (var row in table.QueryAsync<SubscriptionEntity>(string.Join(" and ", filters), Math.Min(pageSize + 1, MaxPerRequest), cancellationToken: cancellationToken))
        {
            if (page.Count == pageSize)
            {
                return new SubscriptionPage(page, page[^1].Id);
            }

            page.Add(row.ToSubscription());
        }

        return new SubscriptionPage(page, null);
    }

    /// <summary>How many subscriptions are active (a scan of the subscription rows only).</summary>
    public async Task<int> CountActiveAsync(CancellationToken cancellationToken)
    {
        await created.EnsureAsync();
        var filter = TableClient.CreateQueryFilter(
            $"RowKey eq {SubscriptionEntity.RowKeyValue} and Status eq {DownloadTaskMapping.StatusText(SubscriptionStatus.Active)}");
        var count = 0;
        await foreach (var _ in table.QueryAsync<TableEntity>(filter, MaxPerRequest, [nameof(ITableEntity.PartitionKey)], cancellationToken))
        {
            count++;
        }

        return count;
    }

    /// <summary>Every video the subscription has seen, by id: one query over its partition's seen rows.</summary>
    public async Task<Dictionary<string, SeenVideo>> ReadSeenAsync(Guid id, CancellationToken cancellationToken)
    {
        await created.EnsureAsync();
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {TaskIds.Format(id)} and RowKey ge {SeenVideoEntity.RowKeyPrefix} and RowKey lt {SeenVideoEntity.RowKeyEnd}");
        var seen = new Dictionary<string, SeenVideo>(StringComparer.Ordinal);
        await foreach (var row in table.QueryAsync<SeenVideoEntity>(filter, MaxPerRequest, cancellationToken: cancellationToken))
        {
            var video = row.ToSeenVideo();
            seen[video.VideoId] = video;
        }

        return seen;
    }

    /// <summary>
    /// Adds videos not seen before. Insert, not upsert: a second run of the same check racing this one fails with 409
    /// instead of giving a video a second task id.
    /// </summary>
    public Task AddSeenAsync(Guid id, IEnumerable<SeenVideo> videos, CancellationToken cancellationToken) =>
        SubmitAsync(videos.Select(v => new TableTransactionAction(TableTransactionActionType.Add, v.ToEntity(id))), cancellationToken);

    /// <summary>Refreshes when the videos were last read (a merge of that one property).</summary>
    public Task TouchSeenAsync(Guid id, IEnumerable<string> videoIds, DateTimeOffset at, CancellationToken cancellationToken) =>
        SubmitAsync(
            videoIds.Select(v => new TableTransactionAction(
                TableTransactionActionType.UpdateMerge,
                new TableEntity(TaskIds.Format(id), SeenVideoEntity.RowKeyPrefix + v) { [nameof(SeenVideoEntity.LastSeenAt)] = at },
                ETag.All)),
            cancellationToken);

    /// <summary>Records that the video's download has been scheduled.</summary>
    public async Task MarkStartedAsync(Guid id, string videoId, CancellationToken cancellationToken)
    {
        await created.EnsureAsync();
        await table.UpdateEntityAsync(
            new TableEntity(TaskIds.Format(id), SeenVideoEntity.RowKeyPrefix + videoId) { [nameof(SeenVideoEntity.Started)] = true },
            ETag.All,
            TableUpdateMode.Merge,
            cancellationToken);
    }

    /// <summary>Forgets videos (the set is bounded; the caller picks the longest unseen).</summary>
    public Task ForgetSeenAsync(Guid id, IEnumerable<string> videoIds, CancellationToken cancellationToken) =>
        SubmitAsync(
            videoIds.Select(v => new TableTransactionAction(
                TableTransactionActionType.Delete, new TableEntity(TaskIds.Format(id), SeenVideoEntity.RowKeyPrefix + v), ETag.All)),
            cancellationToken);

    private async Task SubmitAsync(IEnumerable<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        await created.EnsureAsync();
        foreach (var batch in actions.Chunk(BatchSize))
        {
            await table.SubmitTransactionAsync(batch, cancellationToken);
        }
    }

    private async Task<SubscriptionEntity?> GetEntityAsync(Guid id, CancellationToken cancellationToken)
    {
        var response = await table.GetEntityIfExistsAsync<SubscriptionEntity>(
            TaskIds.Format(id), SubscriptionEntity.RowKeyValue, cancellationToken: cancellationToken);
        return response.HasValue ? response.Value : null;
    }
}
