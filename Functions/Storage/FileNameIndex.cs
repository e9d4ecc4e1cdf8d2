using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Storage;

/// <summary>
/// Completed tasks by file name, for <c>GET /api/stream/{filename}</c>: each completed file gets a row in the table
/// <c>{Downloads:Table}files</c>, keyed by the name's SHA-256 (names hold characters keys may not), newest first
/// (<see cref="CompletedTaskIndex{TEntry}"/>).
/// </summary>
public sealed class FileNameIndex(TableServiceClient service, IOptions<DownloadOptions> options, DownloadTaskStore tasks, ILogger<FileNameIndex> logger)
{
    /// <summary>Candidates checked per lookup: a bound on the reads one request can cause.</summary>
    public const int MaxCandidates = CompletedTaskIndex<FileNameIndexEntity>.MaxCandidates;

    private readonly CompletedTaskIndex<FileNameIndexEntity> index = new(service.GetTableClient(TableName(options.Value)), tasks, logger);

    /// <summary>The task table's name plus <c>files</c>, the task table's name cut so the result stays within the 63 characters a table name may have.</summary>
    public static string TableName(DownloadOptions options) => CompletedTaskIndex<FileNameIndexEntity>.TableName(options, "files");

    /// <summary>Records a completed task under its file name. Idempotent: the key comes from the stored completion time.</summary>
    public async Task AddAsync(DownloadTask task, CancellationToken cancellationToken)
    {
        if (task is not { Status: DownloadStatus.Completed, CompletedAt: { } completedAt, FileName.Length: > 0 })
        {
            return;
        }

        await index.AddAsync(
            new FileNameIndexEntity
            {
                PartitionKey = Partition(task.FileName),
                RowKey = CompletedTaskIndex<FileNameIndexEntity>.RowKey(completedAt, task.Id),
                TaskId = TaskIds.Format(task.Id),
                FileName = task.FileName,
            },
            cancellationToken);
    }

    /// <summary>Forgets a task's entry (on remove).</summary>
    public async Task RemoveAsync(DownloadTask task, CancellationToken cancellationToken)
    {
        if (task is { CompletedAt: { } completedAt, FileName.Length: > 0 })
        {
            await index.RemoveAsync(Partition(task.FileName), completedAt, task.Id, cancellationToken);
        }
    }

    /// <summary>The most recent completed task with this file name; null when there is none.</summary>
    public async Task<DownloadTask?> FindLatestCompletedAsync(string fileName, CancellationToken cancellationToken)
    {
        await foreach (var task in index.FindCompletedAsync(
                           Partition(fileName), (entry, task) => entry.FileName == fileName && task.FileName == fileName, cancellationToken))
        {
            return task;
        }

        return null;
    }

    private static string Partition(string fileName) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(fileName)));
}
