using System.Diagnostics;
using Xunit.Abstractions;
using YouTubeDownloader.HostTests.Harness;

namespace YouTubeDownloader.HostTests.Scenarios;

/// <summary>
/// Host and worker die together (a crashed or recycled instance) mid-transfer, and a host starts again: the work items
/// the dead host held come back after the visibility timeout (shortened here) and every download completes.
/// </summary>
public sealed class HostDeathTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Downloads = 10;
    private HostTestbed testbed = null!;

    public async Task InitializeAsync() => testbed = await HostTestbed.StartAsync(HostTestbed.ThrottledSettings(
        ("AzureFunctionsJobHost__extensions__durableTask__storageProvider__workItemQueueVisibilityTimeout", "00:00:15"),
        ("AzureFunctionsJobHost__extensions__durableTask__storageProvider__controlQueueVisibilityTimeout", "00:01:00"))); // its minimum

    public async Task DisposeAsync() => await testbed.DisposeAsync();

    [Fact]
    public async Task Every_download_completes_after_the_host_is_started_again()
    {
        var (media, ids) = await testbed.StartThrottledDownloadsAsync(Downloads, fetching: 5);
        var clock = Stopwatch.StartNew();
        await testbed.Host.KillAsync();
        await testbed.Host.StartAgainAsync();
        var restarted = clock.Elapsed;

        var tasks = await testbed.Api.WaitForEndAsync(ids, TimeSpan.FromMinutes(5));
        output.WriteLine($"{Downloads} downloads, host killed mid-transfer and started again in {restarted.TotalSeconds:F1} s; all ended {clock.Elapsed.TotalSeconds:F1} s after the kill (visibility timeouts: work items 15 s, orchestrations 60 s)");

        tasks.Values.Should().OnlyContain(t => t.GetProperty("status").GetString() == "completed", string.Join('\n', tasks.Values));
        foreach (var id in ids)
        {
            await JoinedFile.AssertJoinOfAsync(await testbed.Api.DownloadFileAsync(id), [media.Video, media.Audio]);
        }
    }
}
