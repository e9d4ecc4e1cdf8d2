using Azure;
using Azure.Data.Tables;

namespace YouTubeDownloader.Storage;

/// <summary>
/// The read-change-write of one row under its ETag, so that no writer undoes another's change: on a conflict the row is
/// read again and the change applied to what the other writer left.
/// </summary>
internal static class OptimisticUpdate
{
    /// <param name="change">The new value, or null to leave the row as it is.</param>
    /// <returns>The value as stored afterwards; null when there is no such row.</returns>
    public static async Task<T?> ApplyAsync<TEntity, T>(
        TableClient table,
        Func<CancellationToken, Task<TEntity?>> read,
        Func<TEntity, T> toValue,
        Func<T, TEntity> toEntity,
        Func<T, T?> change,
        CancellationToken cancellationToken)
        where TEntity : class, ITableEntity
        where T : class
    {
        while (true)
        {
            if (await read(cancellationToken) is not { } row)
            {
                return null;
            }

            var current = toValue(row);
            if (change(current) is not { } next || next.Equals(current))
            {
                return current;
            }

            try
            {
                await table.UpdateEntityAsync(toEntity(next), row.ETag, TableUpdateMode.Replace, cancellationToken);
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
}
