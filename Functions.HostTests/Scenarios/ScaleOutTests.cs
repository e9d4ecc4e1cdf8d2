using System.Diagnostics;
using Xunit.Abstractions;
using YouTubeDownloader.HostTests.Harness;

namespace YouTubeDownloader.HostTests.Scenarios;

/// <summary>
/// Three instances of the app (a host and its worker each) on one storage account and one task hub, as three Flex
/// Consumption instances run it, the API called on the first. 36 downloads from a throttled source complete with every
/// instance doing part of the work (counted from each host's log); then 36 more, and one instance (host and worker)
/// dies mid-transfer: the other two finish its work without fetching again what it had staged. Timing is the
/// scale-out benchmark's; this asserts the outcome.
/// </summary>
public sealed class ScaleOutTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Downloads = 36;
    private HostTestbed testbed = null!;

    public async Task InitializeAsync()
    {
        // Work items of a killed instance come back after 45 s: shorter, a transfer on a starved machine (three hosts, three
        // workers) can miss renewing its message in time, and another instance runs it a second time. Orchestration
        // messages come back after 60 s, their minimum, so the recovery takes about a minute either way.
        testbed = await HostTestbed.StartAsync(HostTestbed.ThrottledSettings(
        [
            .. HostTestbed.ShortVisibilityTimeouts,
            ("AzureFunctionsJobHost__extensions__durableTask__storageProvider__workItemQueueVisibilityTimeout", "00:00:45"),
            .. HostTestbed.ActivityExecutionLogging,
        ]));
        await testbed.AddInstancesAsync(2);
    }

    public async Task DisposeAsync() => await testbed.DisposeAsync();

    [Fact]
    public async Task Downloads_spread_over_three_instances_and_complete_when_one_dies()
    {
        var clock = Stopwatch.StartNew();
        var (media, ids) = await testbed.StartThrottledDownloadsAsync(Downloads, fetching: 1);
        var tasks = await testbed.Api.WaitForEndAsync(ids, TimeSpan.FromMinutes(4));
        tasks.Values.Should().OnlyContain(t => t.GetProperty("status").GetString() == "completed", string.Join('\n', tasks.Values));
        var spread = testbed.Instances.Select(HostTestbed.ActivitiesRun).ToList();
        output.WriteLine($"{Downloads} downloads on 3 instances ended in {clock.Elapsed.TotalSeconds:F1} s; activities run per instance: {string.Join(" / ", spread)}");
        spread.Should().OnlyContain(n => n > 0, "every instance takes activities from the shared work-item queue");
        testbed.ServedMediaRanges().GroupBy(r => (r.VideoId, r.Itag, r.Start)).Should().OnlyContain(g => g.Count() == 1, "no range is fetched twice");

        // The same again, and the third instance dies while it runs transfers.
        var victim = testbed.Instances[2];
        var (_, more) = await testbed.StartThrottledDownloadsAsync(Downloads, fetching: 6);
        // A download's streams are fetched inside its FinishDownload (TransferStream only runs for orchestrations started before that).
        await testbed.WaitUntilAsync(() => victim.Running("FinishDownload") >= 2, TimeSpan.FromMinutes(1), "the third instance should be running transfers");
        var stagedBefore = new StagedRanges(testbed);
        var running = victim.Running("FinishDownload");
        clock.Restart();
        await victim.KillAsync();

        tasks = await testbed.Api.WaitForEndAsync(more, TimeSpan.FromMinutes(5));
        output.WriteLine(
            $"{Downloads} more, the third instance killed running {running} transfers ({stagedBefore.Count} segments staged in all); " +
            $"all ended {clock.Elapsed.TotalSeconds:F1} s after the kill (visibility timeouts: work items 45 s, orchestrations 60 s)");
        tasks.Values.Should().OnlyContain(t => t.GetProperty("status").GetString() == "completed", string.Join('\n', tasks.Values));
        stagedBefore.FetchedAgain().Should().BeEmpty("segments staged before the instance died are not fetched again");
        stagedBefore.Count.Should().BePositive();

        await JoinedFile.AssertJoinOfAsync(await testbed.Api.DownloadFileAsync(ids[0]), [media.Video, media.Audio], decode: true);
        foreach (var id in more)
        {
            await JoinedFile.AssertJoinOfAsync(await testbed.Api.DownloadFileAsync(id), [media.Video, media.Audio], decode: false);
        }
    }
}
