using System.Globalization;
using Azure.Data.Tables;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Playlists;

namespace YouTubeDownloader.Storage;

/// <summary>
/// Listing in creation order. Task ids are UUID v7 (<c>DownloadCommands.StartAsync</c>): their first 48 bits are the
/// creation time in Unix milliseconds, so the partition keys (<c>"D"</c> text, lowercase hex) sort in creation order.
/// </summary>
/// <remarks>
/// <para>Oldest first is Table Storage's own order: one query from the last key sent (<c>PartitionKey gt</c>).</para>
/// <para>
/// Newest first has no such query: Table Storage only scans keys upwards. So the key space is read backwards in
/// windows of time: <c>[key at T − span, upper)</c>, each scanned upwards, its newest rows kept and reversed, the span
/// growing ×4 (1 min, 4 min, 16 min, …) until the page is full or the window reaches the oldest task (found by a
/// one-row query). The first window has no upper bound and the last none below, so the windows tile every key,
/// including ids that are not v7. A page costs one request per window plus one; a window is read whole, which the
/// short first span keeps small when tasks are many, and the growth keeps the count of windows low when they are few.
/// </para>
/// </remarks>
public sealed partial class DownloadTaskStore
{
    // The most rows Table Storage returns per request.
    private const int MaxPerRequest = 1000;
    private const long FirstWindowMilliseconds = 60_000;
    private const int WindowGrowth = 4;

    /// <summary>
    /// Up to <paramref name="pageSize"/> tasks in creation order, starting after <paramref name="after"/> (keyset paging:
    /// a page never skips or repeats a task, whatever was added or removed meanwhile).
    /// </summary>
    /// <param name="playlistId">Only the entries of this playlist task.</param>
    /// <param name="subscriptionId">Only the downloads this subscription started: a property filter, scanned server-side.</param>
    public async Task<DownloadTaskPage> ListAsync(
        DownloadStatus? status, ListOrder order, int pageSize, Guid? after, CancellationToken cancellationToken, Guid? playlistId = null,
        Guid? subscriptionId = null)
    {
        await created.EnsureAsync();
        var filter = And(StatusFilter(status), PlaylistFilter(playlistId), SubscriptionFilter(subscriptionId));
        return order == ListOrder.Ascending
            ? await ListOldestFirstAsync(filter, pageSize, after, cancellationToken)
            : await ListNewestFirstAsync(filter, pageSize, after, cancellationToken);
    }

    /// <summary>Every entry of a playlist task, in the list's order: one query over the entries' key range.</summary>
    public async Task<List<DownloadTask>> ListEntriesAsync(Guid playlistId, CancellationToken cancellationToken)
    {
        await created.EnsureAsync();
        var entries = new List<DownloadTask>();
        await foreach (var row in table.QueryAsync<DownloadTaskEntity>(PlaylistFilter(playlistId), MaxPerRequest, cancellationToken: cancellationToken))
        {
            entries.Add(row.ToTask());
        }

        return entries;
    }

    private async Task<DownloadTaskPage> ListOldestFirstAsync(
        string? queryFilter, int pageSize, Guid? after, CancellationToken cancellationToken)
    {
        var filter = And(after is { } start ? TableClient.CreateQueryFilter($"PartitionKey gt {Key(start)}") : null, queryFilter);
        var tasks = new List<DownloadTask>(pageSize);

        // One row more than the page holds: only then is there a next page, and the token says so.
        await foreach (var row in table.QueryAsync<DownloadTaskEntity>(filter, Math.Min(pageSize + 1, MaxPerRequest), cancellationToken: cancellationToken))
        {
            if (tasks.Count == pageSize)
            {
                return new DownloadTaskPage(tasks, tasks[^1].Id);
            }

            tasks.Add(row.ToTask());
        }

        return new DownloadTaskPage(tasks, null);
    }

    private async Task<DownloadTaskPage> ListNewestFirstAsync(
        string? queryFilter, int pageSize, Guid? before, CancellationToken cancellationToken)
    {
        if (await OldestKeyAsync(cancellationToken) is not { } oldestKey)
        {
            return new DownloadTaskPage([], null);
        }

        var oldest = TimeOf(oldestKey);
        var upperKey = before is { } b ? Key(b) : null;
        var upper = upperKey is null ? time.GetUtcNow().ToUnixTimeMilliseconds() : TimeOf(upperKey);
        var span = FirstWindowMilliseconds;
        var tasks = new List<DownloadTask>(pageSize + 1);
        while (true)
        {
            var lower = upper - span;
            var lowerKey = lower > oldest ? KeyAt(lower) : null; // null: this window reaches the oldest task
            var filter = And(
                lowerKey is null ? null : TableClient.CreateQueryFilter($"PartitionKey ge {lowerKey}"),
                upperKey is null ? null : TableClient.CreateQueryFilter($"PartitionKey lt {upperKey}"),
                queryFilter);
            var newest = await NewestRowsAsync(filter, pageSize + 1 - tasks.Count, cancellationToken);
            tasks.AddRange(newest.Select(e => e.ToTask()));

            if (tasks.Count > pageSize)
            {
                tasks.RemoveAt(pageSize);
                return new DownloadTaskPage(tasks, tasks[^1].Id);
            }

            if (lowerKey is null)
            {
                return new DownloadTaskPage(tasks, null);
            }

            (upperKey, upper, span) = (lowerKey, lower, span * WindowGrowth);
        }
    }

    /// <summary>The last <paramref name="count"/> rows of a window, newest first; the window is scanned upwards.</summary>
    private async Task<IEnumerable<DownloadTaskEntity>> NewestRowsAsync(string? filter, int count, CancellationToken cancellationToken)
    {
        var kept = new Queue<DownloadTaskEntity>(count + 1);
        await foreach (var row in table.QueryAsync<DownloadTaskEntity>(filter, MaxPerRequest, cancellationToken: cancellationToken))
        {
            kept.Enqueue(row);
            if (kept.Count > count)
            {
                kept.Dequeue();
            }
        }

        return kept.Reverse();
    }

    private async Task<string?> OldestKeyAsync(CancellationToken cancellationToken)
    {
        await foreach (var row in table.QueryAsync<TableEntity>(
                           filter: (string?)null, maxPerPage: 1, select: [nameof(ITableEntity.PartitionKey)], cancellationToken))
        {
            return row.PartitionKey;
        }

        return null;
    }

    /// <summary>The first 48 bits of an id: a v7 id's creation time in Unix milliseconds (any other id: just a number).</summary>
    private static long TimeOf(string key) =>
        long.Parse(string.Concat(key.AsSpan(0, 8), key.AsSpan(9, 4)), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);

    /// <summary>The lowest key of ids made at <paramref name="unixMilliseconds"/>: a prefix sorts before all keys it starts.</summary>
    private static string KeyAt(long unixMilliseconds) =>
        string.Create(CultureInfo.InvariantCulture, $"{unixMilliseconds >> 16:x8}-{unixMilliseconds & 0xFFFF:x4}");

    private static string? StatusFilter(DownloadStatus? status) =>
        status is { } s ? TableClient.CreateQueryFilter($"Status eq {DownloadTaskMapping.StatusText(s)}") : null;

    /// <summary>
    /// A playlist's entries: their ids carry the playlist task's time plus 1 ms (<see cref="PlaylistEntryIds"/>), so the
    /// key range of that millisecond holds them all and the scan stays within it.
    /// </summary>
    private static string? PlaylistFilter(Guid? playlistId)
    {
        if (playlistId is not { } id)
        {
            return null;
        }

        var time = PlaylistEntryIds.UnixMilliseconds(id) + 1;
        var (lower, upper, text) = (KeyAt(time), KeyAt(time + 1), Key(id));
        return TableClient.CreateQueryFilter($"PartitionKey ge {lower} and PartitionKey lt {upper} and PlaylistId eq {text}");
    }

    private static string? SubscriptionFilter(Guid? subscriptionId) =>
        subscriptionId is { } id ? TableClient.CreateQueryFilter($"SubscriptionId eq {Key(id)}") : null;

    private static string? And(params string?[] filters) =>
        filters.Where(f => f is not null).ToList() is { Count: > 0 } parts ? string.Join(" and ", parts) : null;
}
