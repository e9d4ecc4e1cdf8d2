using System.Diagnostics;
using Xunit.Abstractions;
using YouTubeDownloader.HostTests.Harness;
using YouTubeDownloader.HostTests.SharedHosts;

namespace YouTubeDownloader.HostTests.Scenarios;

/// <summary>
/// One 720p download of a 300 MB pair from an unthrottled source: the file is right, and the time from the last media
/// byte served until the task is <c>completed</c> is reported beside the fetch time (figures, not assertions).
/// </summary>
[Collection(nameof(DefaultHostCollection))]
public sealed class LargeFileTests(DefaultHost host, ITestOutputHelper output)
{
    private readonly HostTestbed testbed = host.Testbed;

    [Fact]
    public async Task A_300_mb_pair_completes_whole_and_reports_the_time_after_the_last_byte()
    {
        var media = await HostMedia.Big;
        var clock = Stopwatch.StartNew();
        var id = await testbed.Api.StartDownloadAsync(testbed.AddVideo(media));
        string? status;
        do
        {
            await Task.Delay(100);
            status = (await testbed.Api.GetTaskAsync(id)).GetProperty("status").GetString();
            clock.Elapsed.Should().BeLessThan(TimeSpan.FromMinutes(5), testbed.Host.Describe());
        }
        while (status is not ("completed" or "error" or "cancelled"));
        var completedAt = DateTimeOffset.UtcNow;

        status.Should().Be("completed", (await testbed.Api.GetTaskAsync(id)).ToString());
        var served = testbed.YouTube.ServedRanges.ToList();
        var firstByte = served.Min(r => r.At);
        var lastByte = served.Max(r => r.At);
        var bytes = new FileInfo(media.Video).Length + new FileInfo(media.Audio).Length;
        output.WriteLine(
            $"{bytes / 1e6:F0} MB pair: fetched in {(lastByte - firstByte).TotalSeconds:F1} s; completed {(completedAt - lastByte).TotalSeconds:F2} s " +
            $"after the last byte (polled every 0.1 s); {clock.Elapsed.TotalSeconds:F1} s from POST to completed");
        await JoinedFile.AssertJoinOfAsync(await testbed.Api.DownloadFileAsync(id), [media.Video, media.Audio]);
    }
}
