using System.Globalization;
using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Storage;

/// <summary>
/// Completed tasks under a key, in a table of their own: Table Storage has no secondary index, and a filter on a task
/// column would scan the whole task table. PartitionKey = the key, RowKey = the completion time inverted, then the task
/// id, so a lookup reads one partition, newest first. An entry is only a hint: each is checked against its task row, and
/// one that no longer matches (the task was removed, or changed) is deleted. Shared by <see cref="FileNameIndex"/> and
/// <see cref="StreamChoiceIndex"/>.
/// </summary>
public sealed class CompletedTaskIndex<TEntry>
    where TEntry : CompletedTaskEntry, new()
{
    /// <summary>Candidates checked per lookup: a bound on the reads one request can cause.</summary>
    public const int MaxCandidates = 10;

    private readonly TableClient table;
    private readonly DownloadTaskStore tasks;
    private readonly ILogger logger;
    private readonly Lazy<Task> created;

    public CompletedTaskIndex(TableClient table, DownloadTaskStore tasks, ILogger logger)
    {
        this.table = table;
        this.tasks = tasks;
        this.logger = logger;
        created = new Lazy<Task>(() => table.CreateIfNotExistsAsync());
    }

    /// <summary>The task table's name, cut so that with <paramref name="suffix"/> it stays within the 63 characters a table name may have.</summary>
    public static string TableName(DownloadOptions options, string suffix) =>
        options.Table[..Math.Min(options.Table.Length, 63 - suffix.Length)] + suffix;

    /// <summary>The row key of a task completed at <paramref name="completedAt"/>: newest first within a partition.</summary>
    public static string RowKey(DateTimeOffset completedAt, Guid id) =>
        (DateTimeOffset.MaxValue.UtcTicks - completedAt.UtcTicks).ToString("D19", CultureInfo.InvariantCulture) + "_" + TaskIds.Format(id);

    /// <summary>Writes an entry. Idempotent: its keys come from the stored completion time.</summary>
    public async Task AddAsync(TEntry entry, CancellationToken cancellationToken)
    {
        await created.Value;
        await table.UpsertEntityAsync(entry, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>Forgets a task's entry under <paramref name="partitionKey"/> (on remove); no entry is fine.</summary>
    public async Task RemoveAsync(string partitionKey, DateTimeOffset completedAt, Guid id, CancellationToken cancellationToken)
    {
        await created.Value;
        await table.DeleteEntityAsync(partitionKey, RowKey(completedAt, id), ETag.All, cancellationToken);
    }

    /// <summary>
    /// The completed tasks under <paramref name="partitionKey"/>, newest first, that still <paramref name="match"/> their
    /// entry; at most <see cref="MaxCandidates"/> entries are read. Entries that do not match are deleted on the way.
    /// </summary>
    public async IAsyncEnumerable<DownloadTask> FindCompletedAsync(
        string partitionKey, Func<TEntry, DownloadTask, bool> match, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await created.Value;
        var checkedCount = 0;
        await foreach (var entry in table.QueryAsync<TEntry>(e => e.PartitionKey == partitionKey, MaxCandidates, cancellationToken: cancellationToken))
        {
            if (++checkedCount > MaxCandidates)
            {
                yield break;
            }

            if (Guid.TryParse(entry.TaskId, out var id)
                && await tasks.GetAsync(id, cancellationToken) is { Status: DownloadStatus.Completed } task && match(entry, task))
            {
                yield return task;
                continue;
            }

            await ForgetStaleAsync(entry, cancellationToken);
        }
    }

    private async Task ForgetStaleAsync(TEntry entry, CancellationToken cancellationToken)
    {
        try
        {
            await table.DeleteEntityAsync(entry.PartitionKey, entry.RowKey, entry.ETag, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            logger.LogDebug("Stale index entry {RowKey} already changed", entry.RowKey);
        }
    }
}
