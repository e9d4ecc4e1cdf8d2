using System.Net;
using System.Text.Json;
using Azure.Data.Tables;
using YouTubeDownloader.HostTests.Harness;

namespace YouTubeDownloader.HostTests.Scenarios;

/// <summary>
/// Cancel, retry and remove while a dozen downloads run: a retried task completes, and what is not completed leaves
/// nothing behind.
/// </summary>
public sealed class CancelAndRemoveUnderLoadTests : IAsyncLifetime
{
    private HostTestbed testbed = null!;

    public async Task InitializeAsync() => testbed = await HostTestbed.StartAsync(HostTestbed.ThrottledSettings());

    public async Task DisposeAsync() => await testbed.DisposeAsync();

    [Fact]
    public async Task No_blob_of_an_unfinished_task_no_row_of_a_removed_one_and_no_orchestration_left_running()
    {
        var (_, started) = await testbed.StartThrottledDownloadsAsync(12, fetching: 6);

        // The eight furthest from their end are stopped, so none completes before its cancel on a loaded machine.
        var ids = await LeastProgressedFirstAsync(started);
        var cancelled = ids[..4];
        var retried = cancelled[..2];
        var removed = ids[4..8];
        foreach (var id in cancelled)
        {
            await AssertMessageAsync(await testbed.Http.DeleteAsync($"api/downloads/{id}"), "Descarga cancelada");
            if (retried.Contains(id))
            {
                // At once, while the cancel may still be terminating the old run: the new run must not be ended by it.
                using var retry = await testbed.Http.PostAsync($"api/downloads/{id}/retry", null);
                retry.StatusCode.Should().Be(HttpStatusCode.Accepted, await retry.Content.ReadAsStringAsync());
            }
        }

        foreach (var id in removed)
        {
            await AssertMessageAsync(await testbed.Http.DeleteAsync($"api/downloads/{id}/remove"), "Descarga eliminada");
        }

        var ended = await testbed.Api.WaitForEndAsync(ids.Except(removed), TimeSpan.FromMinutes(3));
        cancelled[2..].Should().OnlyContain(id => ended[id].GetProperty("status").GetString() == "cancelled");
        var completed = ids[8..].Concat(retried).ToHashSet();
        completed.Should().OnlyContain(id => ended[id].GetProperty("status").GetString() == "completed");
        foreach (var id in removed)
        {
            (await testbed.Http.GetAsync($"api/downloads/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        }

        // A step that was running when its task was stopped notices at its next progress write and cleans up after itself.
        var strayBlobs = new List<string>();
        await testbed.WaitUntilAsync(
            async () =>
            {
                strayBlobs = (await testbed.BlobNamesAsync()).Where(name => !completed.Contains(name.Split('/')[0])).ToList();
                return strayBlobs.Count == 0;
            },
            TimeSpan.FromSeconds(30),
            () => "no blob of a task that is not completed should remain: " + string.Join(", ", strayBlobs));

        var rows = testbed.Tasks.Query<TableEntity>().ToList();
        rows.Should().NotContain(row => removed.Any(id => RowMentions(row, id)), "a removed task leaves no row");

        var instances = new TableClient(testbed.Storage.ConnectionString, "hosttestsInstances").Query<TableEntity>().ToList();
        instances.Should().NotContain(
            i => i.GetString("RuntimeStatus") == "Running" || i.GetString("RuntimeStatus") == "Pending",
            "no orchestration is left running");

        // A second terminate message applied after the purge would bring a removed task's history back, or end a retried run.
        testbed.Host.Terminations().Should().OnlyContain(
            t => t.Value == 1 && cancelled.Concat(removed).Contains(t.Key),
            "each cancelled or removed task's workflow is terminated once, and nothing else is");
        var kept = instances.Where(i => removed.Contains(i.PartitionKey)).Select(Describe).ToList();
        kept.Should().BeEmpty("a removed task's history is purged");
    }

    private async Task<List<string>> LeastProgressedFirstAsync(IEnumerable<string> ids)
    {
        var progress = new Dictionary<string, double>();
        foreach (var id in ids)
        {
            progress[id] = (await testbed.Api.GetTaskAsync(id)).GetProperty("progress").GetDouble();
        }

        return [.. progress.OrderBy(p => p.Value).Select(p => p.Key)];
    }

    private static string Describe(TableEntity instance) =>
        string.Join(", ", instance.Where(p => p.Key is not ("Input" or "Output" or "CustomStatus")).Select(p => $"{p.Key}={p.Value}"));

    private static bool RowMentions(TableEntity row, string id) =>
        row.PartitionKey.Contains(id, StringComparison.OrdinalIgnoreCase)
        || row.RowKey.Contains(id, StringComparison.OrdinalIgnoreCase)
        || row.Select(p => p.Value).OfType<string>().Any(v => v.Contains(id, StringComparison.OrdinalIgnoreCase));

    private static async Task AssertMessageAsync(HttpResponseMessage response, string message)
    {
        using (response)
        {
            response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("message").GetString().Should().Be(message);
        }
    }
}
