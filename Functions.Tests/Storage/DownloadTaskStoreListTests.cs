using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Storage;
using YouTubeDownloader.Testing;

namespace YouTubeDownloader.Tests.Storage;

/// <summary>
/// Listing in creation order against Azurite, with tasks spread over 400 days so that newest-first paging crosses
/// many of its time windows, a status filter that skips most rows, and ids that are not v7.
/// </summary>
public sealed class DownloadTaskStoreListTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    private static readonly TimeSpan[] Ages =
    [
        TimeSpan.FromDays(400), TimeSpan.FromDays(3), TimeSpan.FromHours(5), TimeSpan.FromHours(5) - TimeSpan.FromMilliseconds(1),
        TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(3), TimeSpan.FromSeconds(50), TimeSpan.FromSeconds(10),
        TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(2), TimeSpan.Zero, TimeSpan.FromMinutes(-2), // a clock ahead
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(1000)]
    public async Task Oldest_first_and_newest_first_page_through_every_task_in_creation_order(int pageSize)
    {
        var (store, created) = await StoreWithTasksAsync();

        var oldestFirst = await ListAllAsync(store, null, ListOrder.Ascending, pageSize);
        var newestFirst = await ListAllAsync(store, null, ListOrder.Descending, pageSize);

        oldestFirst.Select(t => t.Id).Should().Equal(created.OrderBy(t => t.CreatedAt).Select(t => t.Id));
        newestFirst.Select(t => t.Id).Should().Equal(created.OrderByDescending(t => t.CreatedAt).Select(t => t.Id));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(1000)]
    public async Task The_status_filter_keeps_the_order_and_the_paging(int pageSize)
    {
        var (store, created) = await StoreWithTasksAsync();
        var completed = created.Where(t => t.Status == DownloadStatus.Completed).OrderBy(t => t.CreatedAt).Select(t => t.Id).ToList();

        (await ListAllAsync(store, DownloadStatus.Completed, ListOrder.Ascending, pageSize)).Select(t => t.Id).Should().Equal(completed);
        (await ListAllAsync(store, DownloadStatus.Completed, ListOrder.Descending, pageSize)).Select(t => t.Id)
            .Should().Equal(Enumerable.Reverse(completed));
        (await ListAllAsync(store, DownloadStatus.Processing, ListOrder.Descending, pageSize)).Should().BeEmpty();
    }

    [Fact]
    public async Task Ids_that_are_not_v7_are_listed_too_in_id_order()
    {
        var (store, created) = await StoreWithTasksAsync();
        var legacy = new[] { Guid.Parse("00000001-0000-4000-8000-000000000000"), Guid.Parse("ffffffff-ffff-4fff-bfff-ffffffffffff"), Guid.NewGuid() };
        foreach (var id in legacy)
        {
            await store.CreateAsync(Task(id, Now, DownloadStatus.Error), CancellationToken.None);
        }

        var byKey = created.Select(t => t.Id).Concat(legacy).OrderBy(id => id.ToString("D"), StringComparer.Ordinal).ToList();
        (await ListAllAsync(store, null, ListOrder.Ascending, 3)).Select(t => t.Id).Should().Equal(byKey);
        (await ListAllAsync(store, null, ListOrder.Descending, 3)).Select(t => t.Id).Should().Equal(Enumerable.Reverse(byKey));
    }

    [Fact]
    public async Task An_empty_table_lists_nothing_either_way()
    {
        var store = await EmptyStoreAsync();

        foreach (var order in new[] { ListOrder.Ascending, ListOrder.Descending })
        {
            var page = await store.ListAsync(null, order, 10, null, CancellationToken.None);
            page.Tasks.Should().BeEmpty();
            page.ResumeAfter.Should().BeNull();
        }
    }

    private static async Task<List<DownloadTask>> ListAllAsync(DownloadTaskStore store, DownloadStatus? status, ListOrder order, int pageSize)
    {
        var all = new List<DownloadTask>();
        Guid? after = null;
        do
        {
            var page = await store.ListAsync(status, order, pageSize, after, CancellationToken.None);
            page.Tasks.Count.Should().BeLessThanOrEqualTo(pageSize);
            if (page.ResumeAfter is not null)
            {
                page.Tasks.Should().HaveCount(pageSize, "only a full page has a next one");
            }

            all.AddRange(page.Tasks);
            after = page.ResumeAfter;
        }
        while (after is not null);

        return all;
    }

    private static async Task<(DownloadTaskStore Store, List<DownloadTask> Created)> StoreWithTasksAsync()
    {
        var store = await EmptyStoreAsync();
        var created = new List<DownloadTask>();

        // Written out of order: the table, not the writes, must give the order.
        foreach (var (age, i) in Ages.Select((a, i) => (a, i)).OrderBy(x => x.i % 3).ThenByDescending(x => x.i))
        {
            var at = Now - age;
            var task = Task(Guid.CreateVersion7(at), at, i % 3 == 0 ? DownloadStatus.Completed : DownloadStatus.Downloading);
            await store.CreateAsync(task, CancellationToken.None);
            created.Add(task);
        }

        return (store, created);
    }

    private static async Task<DownloadTaskStore> EmptyStoreAsync()
    {
        var azurite = await AzuriteServer.Shared;
        var options = Options.Create(new DownloadOptions { Table = "t" + Guid.NewGuid().ToString("N")[..16] });
        return new DownloadTaskStore(new TableServiceClient(azurite.ConnectionString), options, TimeProvider.System);
    }

    private static DownloadTask Task(Guid id, DateTimeOffset at, DownloadStatus status) => new()
    {
        Id = id,
        Url = "https://www.youtube.com/watch?v=listorder00",
        VideoId = "listorder00",
        Quality = Quality.Best,
        DownloadType = DownloadType.Video,
        Status = status,
        CreatedAt = at,
    };
}
