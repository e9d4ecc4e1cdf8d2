using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Sources;
using YouTubeDownloader.Storage;
using YouTubeDownloader.Testing.Media;
using YouTubeDownloader.Tests.Support;
using YouTubeDownloader.Workflow;
using YouTubeDownloader.Workflow.Download;

namespace YouTubeDownloader.Tests.Workflow;

/// <summary>
/// What the task shows between the steps: each stream's transfer leaves its final count, and the join shows no
/// transfer speed or time. The activities run one by one here, so each step's state can be read before the next.
/// </summary>
public sealed class DownloadProgressTests
{
    [Fact]
    public async Task Each_transfer_writes_its_final_progress_and_processing_clears_speed_and_eta()
    {
        // A progress interval longer than the test: any count on the task comes from the write at the transfer's end.
        await using var app = await DownloadApp.StartAsync(new Dictionary<string, string?> { ["Workflow:ProgressInterval"] = "01:00:00" });
        var pair = await MuxFixtures.GetAsync(MuxShapes.DashSidx);
        long videoLength = new FileInfo(pair.Video).Length, audioLength = new FileInfo(pair.Audio).Length;
        app.Media.Add("video", MediaContent.FromBytes(await File.ReadAllBytesAsync(pair.Video)));
        app.Media.Add("audio", MediaContent.FromBytes(await File.ReadAllBytesAsync(pair.Audio)));
        app.Resolver.Add("finalcount0", "Final count", ("video", MediaStreamKind.Video, videoLength), ("audio", MediaStreamKind.Audio, audioLength));

        var activities = ActivatorUtilities.CreateInstance<DownloadActivities>(app.Host.Services);
        var task = await app.CreateTaskAsync("finalcount0");
        var job = DownloadJob.For(task);
        var assembly = FileAssembly.Plan(job, await activities.ResolveMedia(job, CancellationToken.None));

        await activities.TransferStream(assembly.Transfers[0], CancellationToken.None);
        var afterVideo = await app.GetTaskAsync(task.Id.ToString());
        afterVideo.GetProperty("status").GetString().Should().Be("downloading");
        afterVideo.GetProperty("downloaded_bytes").GetInt64().Should().Be(videoLength);
        afterVideo.GetProperty("speed").GetString().Should().NotBeEmpty();
        afterVideo.GetProperty("eta").GetString().Should().NotBeEmpty("the audio is still to come");

        await activities.TransferStream(assembly.Transfers[1], CancellationToken.None);
        var afterAudio = await app.GetTaskAsync(task.Id.ToString());
        afterAudio.GetProperty("downloaded_bytes").GetInt64().Should().Be(videoLength + audioLength);
        afterAudio.GetProperty("progress").GetDouble().Should().Be(99.9, "every byte is in; 100 is for completed");
        afterAudio.GetProperty("eta").GetString().Should().Be("0s");

        await activities.AssembleFile(assembly, CancellationToken.None);
        var processing = await app.GetTaskAsync(task.Id.ToString());
        processing.GetProperty("status").GetString().Should().Be("processing");
        processing.GetProperty("speed").GetString().Should().BeEmpty();
        processing.GetProperty("eta").GetString().Should().BeEmpty();
        processing.GetProperty("progress").GetDouble().Should().Be(99.9);
        processing.GetProperty("downloaded_bytes").GetInt64().Should().Be(processing.GetProperty("filesize").GetInt64());
    }

    [Fact]
    public async Task The_final_write_never_undoes_a_cancel()
    {
        await using var app = await DownloadApp.StartAsync(new Dictionary<string, string?> { ["Workflow:ProgressInterval"] = "00:00:00.100" });
        var tasks = app.Host.Services.GetRequiredService<DownloadTaskStore>();
        var task = new DownloadTask
        {
            Id = Guid.CreateVersion7(),
            Url = "https://www.youtube.com/watch?v=stopped0000",
            VideoId = "stopped0000",
            Quality = Quality.Best,
            DownloadType = DownloadType.Video,
            Status = DownloadStatus.Cancelled,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        await tasks.CreateAsync(task, CancellationToken.None);
        var logger = Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

        var progress = new DownloadProgress(tasks, logger, task.Id, run: 0, bytesBefore: 0, totalBytes: 1000, TimeSpan.FromMilliseconds(100));
        progress.Report(500);
        var stopped = () => Task.Delay(Timeout.Infinite, progress.Stopped);
        await stopped.Should().ThrowAsync<OperationCanceledException>("the first tick sees the cancel");
        await progress.DisposeAsync();

        var row = await tasks.GetAsync(task.Id, CancellationToken.None);
        row!.Status.Should().Be(DownloadStatus.Cancelled);
        row.DownloadedBytes.Should().Be(0);
    }
}
