using System.Diagnostics;
using Xunit.Abstractions;
using YouTubeDownloader.HostTests.Harness;
using YouTubeDownloader.HostTests.SharedHosts;

namespace YouTubeDownloader.HostTests.Scenarios;

/// <summary>
/// Thirty downloads at once (a third audio-only) at default settings from a throttled source. The worker's peak
/// resident memory is reported, not asserted: figures belong to measurements, not to pass/fail.
/// </summary>
[Collection(nameof(DefaultHostCollection))]
public sealed class LoadTests(DefaultHost host, ITestOutputHelper output)
{
    private readonly HostTestbed testbed = host.Testbed;

    [Fact]
    public async Task Thirty_concurrent_downloads_all_complete()
    {
        var media = await HostMedia.Large;
        testbed.YouTube.RangeBytesPerSecond = 4 * 1024 * 1024;
        var clock = Stopwatch.StartNew();
        var started = await Task.WhenAll(Enumerable.Range(0, 30).Select(async i =>
        {
            var audio = i % 3 == 2;
            return (Id: await testbed.Api.StartDownloadAsync(testbed.AddVideo(media), audio ? "audio" : "720p"), Audio: audio);
        }));

        var tasks = await testbed.Api.WaitForEndAsync(started.Select(s => s.Id), TimeSpan.FromMinutes(8));
        var elapsed = clock.Elapsed;
        var peak = testbed.Host.WorkerPeakResidentBytes;
        output.WriteLine(
            $"30 downloads (20 x 720p of {new FileInfo(media.Video).Length / 1e6:F1} + {new FileInfo(media.Audio).Length / 1e6:F2} MB, 10 audio-only) " +
            $"in {elapsed.TotalSeconds:F1} s; worker peak RSS {peak / (1024 * 1024)} MiB");

        tasks.Values.Should().OnlyContain(t => t.GetProperty("status").GetString() == "completed", string.Join('\n', tasks.Values));
        var video = started.First(s => !s.Audio).Id;
        var audioOnly = started.First(s => s.Audio).Id;
        await JoinedFile.AssertJoinOfAsync(await testbed.Api.DownloadFileAsync(video), [media.Video, media.Audio]);
        await JoinedFile.AssertJoinOfAsync(await testbed.Api.DownloadFileAsync(audioOnly), [media.Audio]);
        peak.Should().NotBeNull("the worker that did the work is still running");
    }
}
