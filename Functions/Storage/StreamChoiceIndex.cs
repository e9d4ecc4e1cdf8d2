using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Storage;

/// <summary>
/// Completed tasks by stream choice (<see cref="Delivery.StreamChoice"/>), so a new task for the same file can copy it
/// instead of downloading it again: each completed file gets a row in the table <c>{Downloads:Table}reuse</c>, keyed by
/// the choice, newest first (<see cref="CompletedTaskIndex{TEntry}"/>).
/// </summary>
public sealed class StreamChoiceIndex(TableServiceClient service, IOptions<DownloadOptions> options, DownloadTaskStore tasks, ILogger<StreamChoiceIndex> logger)
{
    private readonly CompletedTaskIndex<StreamChoiceIndexEntity> index = new(service.GetTableClient(TableName(options.Value)), tasks, logger);

    public static string TableName(DownloadOptions options) => CompletedTaskIndex<StreamChoiceIndexEntity>.TableName(options, "reuse");

    /// <summary>Records a completed task under its stream choice. Idempotent.</summary>
    public async Task AddAsync(DownloadTask task, CancellationToken cancellationToken)
    {
        if (task is not { Status: DownloadStatus.Completed, CompletedAt: { } completedAt, StreamChoice.Length: > 0, BlobName.Length: > 0 })
        {
            return;
        }

        await index.AddAsync(
            new StreamChoiceIndexEntity
            {
                PartitionKey = task.StreamChoice,
                RowKey = CompletedTaskIndex<StreamChoiceIndexEntity>.RowKey(completedAt, task.Id),
                TaskId = TaskIds.Format(task.Id),
            },
            cancellationToken);
    }

    /// <summary>Forgets a task's entry (on remove).</summary>
    public async Task RemoveAsync(DownloadTask task, CancellationToken cancellationToken)
    {
        if (task is { CompletedAt: { } completedAt, StreamChoice.Length: > 0 })
        {
            await index.RemoveAsync(task.StreamChoice, completedAt, task.Id, cancellationToken);
        }
    }

    /// <summary>Completed tasks other than <paramref name="except"/> whose file is this stream choice, newest first.</summary>
    public IAsyncEnumerable<DownloadTask> FindCompletedAsync(string streamChoice, Guid except, CancellationToken cancellationToken) =>
        index.FindCompletedAsync(
            streamChoice, (_, task) => task.Id != except && task.StreamChoice == streamChoice && task.BlobName is not null, cancellationToken);
}
