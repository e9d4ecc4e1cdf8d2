using System.Diagnostics;
using Xunit.Abstractions;
using YouTubeDownloader.HostTests.Harness;
using YouTubeDownloader.Testing.FakeYouTube;

namespace YouTubeDownloader.HostTests.Scenarios;

/// <summary>
/// The worker process dies (kill -9: in Azure an out-of-memory kill, a deployment, a platform restart) while a dozen
/// downloads run. The host starts a new worker; every download must still complete, whole, resuming from what was staged.
/// </summary>
public sealed class WorkerDeathTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Downloads = 12;
    private HostTestbed testbed = null!;

    public async Task InitializeAsync() => testbed = await HostTestbed.StartAsync(HostTestbed.ThrottledSettings());

    public async Task DisposeAsync() => await testbed.DisposeAsync();

    [Fact]
    public async Task Every_download_completes_whole_and_staged_segments_are_not_fetched_again()
    {
        // Mid-transfer: many downloads have media ranges in (each takes about 2 s), none has its video whole.
        var (media, ids) = await testbed.StartThrottledDownloadsAsync(Downloads, fetching: 6);
        await testbed.WaitUntilAsync(() => new StagedRanges(testbed).Count >= 6, TimeSpan.FromMinutes(1), "segments should be staged");
        var stagedBefore = new StagedRanges(testbed);
        var clock = Stopwatch.StartNew();
        await testbed.Host.KillWorkerAsync();

        var tasks = await testbed.Api.WaitForEndAsync(ids, TimeSpan.FromMinutes(4));
        output.WriteLine($"{Downloads} downloads, worker killed with {stagedBefore.Count} segments staged; all ended {clock.Elapsed.TotalSeconds:F1} s after the kill");

        tasks.Values.Should().OnlyContain(t => t.GetProperty("status").GetString() == "completed", string.Join('\n', tasks.Values));
        stagedBefore.FetchedAgain().Should().BeEmpty("segments staged before the worker died are not fetched again");
        stagedBefore.Count.Should().BePositive();

        var first = true;
        foreach (var id in ids)
        {
            await JoinedFile.AssertJoinOfAsync(await testbed.Api.DownloadFileAsync(id), [media.Video, media.Audio], decode: first);
            first = false;
        }
    }
}
