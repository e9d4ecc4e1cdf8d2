using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Storage;

/// <summary>
/// Completed tasks by file name, for <c>GET /api/stream/{filename}</c>: Table Storage has no secondary index, and a
/// filter on <c>FileName</c> would scan the whole task table, so each completed file also gets a row in the table
/// <c>{Downloads:Table}files</c>, keyed by name, newest first. A lookup reads one partition and checks its candidates
/// against the task rows (a stale entry, e.g. of a removed task, is skipped and deleted).
/// </summary>
public sealed class FileNameIndex
{
    /// <summary>Candidates checked per lookup: a bound on the reads one request can cause.</summary>
    public const int MaxCandidates = 10;

    private readonly TableClient table;
    private readonly DownloadTaskStore tasks;
    private readonly ILogger<FileNameIndex> logger;
    private readonly Lazy<Task> created;

    public FileNameIndex(TableServiceClient service, IOptions<DownloadOptions> options, DownloadTaskStore tasks, ILogger<FileNameIndex> logger)
    {
        table = service.GetTableClient(TableName(options.Value));
        this.tasks = tasks;
        this.logger = logger;
        created = new Lazy<Task>(() => table.CreateIfNotExistsAsync());
    }

    /// <summary>The task table's name plus <c>files</c>, the task table's name cut so the result stays within the 63 characters a table name may have.</summary>
    public static string TableName(DownloadOptions options) => options.Table[..Math.Min(options.Table.Length, 58)] + "files";

    /// <summary>Records a completed task under its file name. Idempotent: the key comes from the stored completion time.</summary>
    public async Task AddAsync(DownloadTask task, CancellationToken cancellationToken)
    {
        if (task is not { Status: DownloadStatus.Completed, CompletedAt: { } completedAt, FileName.Length: > 0 })
        {
            return;
        }

        await created.Value;
        await table.UpsertEntityAsync(
            new FileNameIndexEntity
            {
                PartitionKey = Partition(task.FileName),
                RowKey = Row(completedAt, task.Id),
                TaskId = task.Id.ToString("D"),
                FileName = task.FileName,
            },
            TableUpdateMode.Replace,
            cancellationToken);
    }

    /// <summary>Forgets a task's entry (on remove).</summary>
    public async Task RemoveAsync(DownloadTask task, CancellationToken cancellationToken)
    {
        if (task is { CompletedAt: { } completedAt, FileName.Length: > 0 })
        {
            await created.Value;
            await table.DeleteEntityAsync(Partition(task.FileName), Row(completedAt, task.Id), ETag.All, cancellationToken);
        }
    }

    /// <summary>The most recent completed task with this file name; null when there is none.</summary>
    public async Task<DownloadTask?> FindLatestCompletedAsync(string fileName, CancellationToken cancellationToken)
    {
        await created.Value;
        var checkedCount = 0;
        await foreach (var entry in table.QueryAsync<FileNameIndexEntity>(e => e.PartitionKey == Partition(fileName), MaxCandidates, cancellationToken: cancellationToken))
        {
            if (++checkedCount > MaxCandidates)
            {
                break;
            }

            if (entry.FileName == fileName && Guid.TryParse(entry.TaskId, out var id)
                && await tasks.GetAsync(id, cancellationToken) is { Status: DownloadStatus.Completed } task && task.FileName == fileName)
            {
                return task;
            }

            await ForgetStaleAsync(entry, cancellationToken);
        }

        return null;
    }

    private async Task ForgetStaleAsync(FileNameIndexEntity entry, CancellationToken cancellationToken)
    {
        try
        {
            await table.DeleteEntityAsync(entry.PartitionKey, entry.RowKey, entry.ETag, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            logger.LogDebug("Stale file-name entry {RowKey} already changed", entry.RowKey);
        }
    }

    private static string Partition(string fileName) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(fileName)));

    private static string Row(DateTimeOffset completedAt, Guid id) =>
        (DateTimeOffset.MaxValue.UtcTicks - completedAt.UtcTicks).ToString("D19", CultureInfo.InvariantCulture) + "_" + id.ToString("D");
}
