using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Sources;
using YouTubeDownloader.Storage;
using YouTubeDownloader.Testing.Media;
using YouTubeDownloader.Tests.Media;
using YouTubeDownloader.Tests.Support;
using YouTubeDownloader.Workflow;
using YouTubeDownloader.Workflow.Download;

namespace YouTubeDownloader.Tests.Workflow;

/// <summary>
/// The real orchestrator and activities in the in-process durable engine, against Azurite and a local media
/// server told to misbehave. Segments are 256 KiB here (see FunctionsTestHost), so a 3 MB file has 12.
/// </summary>
public sealed class DownloadWorkflowTests
{
    private const int Segment = 256 * 1024;

    [Fact]
    public async Task A_connection_dropped_mid_segment_resumes_at_the_byte_it_reached()
    {
        await using var app = await DownloadApp.StartAsync();
        var expected = app.AddVideo("drop0000000", "Dropped", 3_000_000);
        app.Media.Script("drop0000000", new MediaFault.DropAfter(100_000));

        var id = (await app.StartAsync("drop0000000")).GetProperty("id").GetString()!;
        var task = await app.WaitForEndAsync(id);

        task.GetProperty("status").GetString().Should().Be("completed");
        (await app.Http.GetByteArrayAsync($"/api/download/{id}/file")).Should().Equal(expected);
        var dropped = app.Media.Requests.Single(r => r.Fault is MediaFault.DropAfter);
        app.Media.Requests.Should().Contain(
            r => r.Fault == null && r.Start > dropped.Start && r.End == dropped.End,
            "the retry asks only for the rest of the broken segment");
    }

    [Fact]
    public async Task Server_errors_are_retried_until_the_source_recovers()
    {
        await using var app = await DownloadApp.StartAsync();
        var expected = app.AddVideo("error500000", "Flaky", 1_000_000);
        app.Media.Script("error500000", new MediaFault.Status(500), new MediaFault.Status(503));

        var id = (await app.StartAsync("error500000")).GetProperty("id").GetString()!;
        var task = await app.WaitForEndAsync(id);

        task.GetProperty("status").GetString().Should().Be("completed");
        (await app.Http.GetByteArrayAsync($"/api/download/{id}/file")).Should().Equal(expected);
        app.Media.Requests.Count(r => r.Fault is MediaFault.Status).Should().Be(2);
    }

    [Fact]
    public async Task A_stalled_connection_is_abandoned_and_the_segment_fetched_again()
    {
        await using var app = await DownloadApp.StartAsync();
        var expected = app.AddVideo("stall000000", "Stalled", 600_000);
        app.Media.Script("stall000000", new MediaFault.StallAfter(10_000, TimeSpan.FromSeconds(30)));

        var id = (await app.StartAsync("stall000000")).GetProperty("id").GetString()!;
        var task = await app.WaitForEndAsync(id, TimeSpan.FromSeconds(30));

        task.GetProperty("status").GetString().Should().Be("completed");
        (await app.Http.GetByteArrayAsync($"/api/download/{id}/file")).Should().Equal(expected);
    }

    [Fact]
    public async Task A_forbidden_stream_ends_in_error_with_its_code_and_leaves_no_blob()
    {
        await using var app = await DownloadApp.StartAsync();
        app.AddVideo("forbidden00", "Forbidden", 2_000_000);
        app.Media.Script("forbidden00", Enumerable.Repeat<MediaFault>(new MediaFault.Status(403), 50).ToArray());

        var id = (await app.StartAsync("forbidden00")).GetProperty("id").GetString()!;
        var task = await app.WaitForEndAsync(id);

        task.GetProperty("status").GetString().Should().Be("error");
        task.GetProperty("error_code").GetString().Should().Be("stream_forbidden");
        task.GetProperty("error_message").GetString().Should().Be(Texts.Of(DownloadErrorCode.StreamForbidden), "the HTTP status is the log's, not the client's");
        (await app.BlobsOfAsync(id)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_refused_video_ends_in_error_without_retries()
    {
        await using var app = await DownloadApp.StartAsync();
        app.Resolver.Refuse("private0000", new DownloadFailedException(DownloadErrorCode.Private, "This video is private."));

        var id = (await app.StartAsync("private0000")).GetProperty("id").GetString()!;
        var task = await app.WaitForEndAsync(id);

        task.GetProperty("status").GetString().Should().Be("error");
        task.GetProperty("error_code").GetString().Should().Be("private");
        task.GetProperty("error_message").GetString().Should().Be(Texts.Of(DownloadErrorCode.Private), "the client reads the catalogue's text, not the source's words");
        app.Resolver.ResolveCalls.Should().Be(1, "a permanent refusal is not retried");
        (await app.BlobsOfAsync(id)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_rate_limited_resolution_is_retried_by_the_workflow()
    {
        await using var app = await DownloadApp.StartAsync();
        var expected = app.AddVideo("ratelimit00", "Busy", 300_000);
        app.Resolver.Refuse("ratelimit00", new DownloadFailedException(DownloadErrorCode.RateLimited, "Try again later."), times: 2);

        var id = (await app.StartAsync("ratelimit00")).GetProperty("id").GetString()!;
        var task = await app.WaitForEndAsync(id);

        task.GetProperty("status").GetString().Should().Be("completed");
        app.Resolver.ResolveCalls.Should().Be(3);
        (await app.Http.GetByteArrayAsync($"/api/download/{id}/file")).Should().Equal(expected);
    }

    [Fact]
    public async Task A_failure_of_unknown_kind_is_retried_and_the_download_completes()
    {
        await using var app = await DownloadApp.StartAsync();
        var expected = app.AddVideo("unknown0000", "Flaky", 300_000);
        app.Resolver.Refuse("unknown0000", new InvalidOperationException("Exception while executing function: Functions.ResolveMedia"), times: 2);

        var id = (await app.StartAsync("unknown0000")).GetProperty("id").GetString()!;
        var task = await app.WaitForEndAsync(id);

        task.GetProperty("status").GetString().Should().Be("completed");
        app.Resolver.ResolveCalls.Should().Be(3);
        (await app.Http.GetByteArrayAsync($"/api/download/{id}/file")).Should().Equal(expected);
    }

    [Fact]
    public async Task A_failure_of_unknown_kind_that_persists_ends_as_internal_error_naming_no_internals()
    {
        await using var app = await DownloadApp.StartAsync();
        app.AddVideo("unknown0001", "Broken", 300_000);
        app.Resolver.Refuse("unknown0001", new NullReferenceException("Object reference not set at YouTubeDownloader.Secret"));

        var id = (await app.StartAsync("unknown0001")).GetProperty("id").GetString()!;
        var task = await app.WaitForEndAsync(id);

        task.GetProperty("status").GetString().Should().Be("error");
        task.GetProperty("error_code").GetString().Should().Be("internal_error");
        task.GetProperty("error_message").GetString().Should().Be(Texts.InternalFailed).And.NotContain("YouTubeDownloader");
        app.Resolver.ResolveCalls.Should().Be(new WorkflowOptions().MaxActivityAttempts, "every attempt was used");
        (await app.BlobsOfAsync(id)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_worker_dying_mid_transfer_resumes_without_fetching_staged_segments_again()
    {
        // One segment at a time and two tries each: the 5th segment fails twice, which fails the activity
        // as a dying worker would; the durable retry must pick up from the staged blocks.
        await using var app = await DownloadApp.StartAsync(new Dictionary<string, string?>
        {
            ["Transfer:MaxParallelSegments"] = "1",
            ["Transfer:MaxAttemptsPerSegment"] = "2",
        });
        var expected = app.AddVideo("resume00000", "Resumed", 10 * Segment + 1234);
        app.Media.Script(
            "resume00000",
            [.. Enumerable.Repeat<MediaFault>(new MediaFault.Pass(), 4), new MediaFault.Status(500), new MediaFault.Status(500)]);

        var id = (await app.StartAsync("resume00000")).GetProperty("id").GetString()!;
        var task = await app.WaitForEndAsync(id);

        task.GetProperty("status").GetString().Should().Be("completed");
        (await app.Http.GetByteArrayAsync($"/api/download/{id}/file")).Should().Equal(expected);
        var served = app.Media.Requests.Where(r => r.Fault is null).Select(r => r.Start).ToList();
        served.Should().OnlyHaveUniqueItems("no segment is fetched twice").And.HaveCount(11);
        app.Media.Requests.Count(r => r.Fault is not null).Should().Be(2);
    }

    [Fact]
    public async Task Progress_reaches_the_task_while_the_transfer_runs()
    {
        await using var app = await DownloadApp.StartAsync();
        app.AddVideo("progress000", "Slow", 2_000_000);
        app.Media.BytesPerSecondPerRequest = 150_000;

        var id = (await app.StartAsync("progress000")).GetProperty("id").GetString()!;
        var running = await app.WaitForAsync(id, _ => true);
        while (running.GetProperty("downloaded_bytes").GetInt64() == 0)
        {
            await Task.Delay(100);
            running = await app.GetTaskAsync(id);
        }

        running.GetProperty("status").GetString().Should().Be("downloading");
        running.GetProperty("filesize").GetInt64().Should().Be(2_000_000);
        running.GetProperty("progress").GetDouble().Should().BeInRange(0.1, 99.9);
        running.GetProperty("speed").GetString().Should().MatchRegex(@"^\d+\.\d (B|KB|MB)/s$");
        running.GetProperty("eta").GetString().Should().MatchRegex(@"^(\d+m)?\d+s$");
        running.GetProperty("title").GetString().Should().Be("Slow");
        await app.Http.DeleteAsync($"/api/downloads/{id}/remove");
    }

    [Fact]
    public async Task Progress_is_written_at_its_interval_not_per_read()
    {
        // Table updates (PUT) during a throttled transfer of ~40 reads per segment: with a 200 ms interval they
        // follow the clock, not the reads.
        var writes = new StorageRequestCounter(r => r.Method == Azure.Core.RequestMethod.Put && r.Uri.Path.Contains("PartitionKey", StringComparison.Ordinal));
        await using var app = await DownloadApp.StartAsync(configureServices: writes.Register);
        app.AddVideo("interval000", "Interval", 1_500_000);
        app.Media.BytesPerSecondPerRequest = 300_000;
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var id = (await app.StartAsync("interval000")).GetProperty("id").GetString()!;
        (await app.WaitForEndAsync(id)).GetProperty("status").GetString().Should().Be("completed");

        var ticks = (int)(clock.Elapsed / TimeSpan.FromMilliseconds(200));
        writes.Requests.Should().BeGreaterThan(3, "progress is written while the transfer runs")
            .And.BeLessThanOrEqualTo(ticks + 6, $"at most one progress write per 200 ms tick in {clock.Elapsed}, plus the status changes");
    }

    [Fact]
    public async Task Cancel_during_transfer_leaves_no_blob()
    {
        await using var app = await DownloadApp.StartAsync();
        app.AddVideo("cancel00000", "Cancelled", 3_000_000);
        app.Media.BytesPerSecondPerRequest = 200_000;

        var id = (await app.StartAsync("cancel00000")).GetProperty("id").GetString()!;
        await app.WaitForAsync(id, s => s == "downloading");
        while ((await app.BlobsOfAsync(id)).Count == 0)
        {
            await Task.Delay(50);
        }

        using var cancel = await app.Http.DeleteAsync($"/api/downloads/{id}");
        cancel.StatusCode.Should().Be(HttpStatusCode.OK);
        (await cancel.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString().Should().Be("Descarga cancelada");
        (await app.GetTaskAsync(id)).GetProperty("status").GetString().Should().Be("cancelled");

        // The activity learns of the cancel at its next progress write and cleans up after itself.
        (await app.BlobsAfterSettlingAsync(id)).Should().BeEmpty();
        (await app.GetTaskAsync(id)).GetProperty("status").GetString().Should().Be("cancelled", "nothing undoes a cancel");
        using var again = await app.Http.DeleteAsync($"/api/downloads/{id}");
        again.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().Should().Be("download_finished");
    }

    [Fact]
    public async Task Remove_deletes_file_task_and_history_and_a_second_remove_is_404()
    {
        await using var app = await DownloadApp.StartAsync();
        app.AddVideo("remove00000", "Removed", 500_000);
        var id = (await app.StartAsync("remove00000")).GetProperty("id").GetString()!;
        (await app.WaitForEndAsync(id)).GetProperty("status").GetString().Should().Be("completed");

        using var first = await app.Http.DeleteAsync($"/api/downloads/{id}/remove");
        first.StatusCode.Should().Be(HttpStatusCode.OK);
        (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString().Should().Be("Descarga eliminada");

        (await app.BlobsOfAsync(id)).Should().BeEmpty();
        (await app.Http.GetAsync($"/api/downloads/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await app.Host.Durable.GetInstanceAsync(id)).Should().BeNull("the orchestration history is purged");
        using var second = await app.Http.DeleteAsync($"/api/downloads/{id}/remove");
        second.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString().Should().Be("Descarga no encontrada");
    }

    [Fact]
    public async Task Remove_while_running_stops_the_transfer_and_leaves_nothing()
    {
        await using var app = await DownloadApp.StartAsync();
        app.AddVideo("removerun00", "Removed running", 3_000_000);
        app.Media.BytesPerSecondPerRequest = 200_000;
        var id = (await app.StartAsync("removerun00")).GetProperty("id").GetString()!;
        await app.WaitForAsync(id, s => s == "downloading");

        (await app.Http.DeleteAsync($"/api/downloads/{id}/remove")).StatusCode.Should().Be(HttpStatusCode.OK);

        (await app.BlobsAfterSettlingAsync(id)).Should().BeEmpty();
        (await app.Http.GetAsync($"/api/downloads/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Video_and_audio_streams_are_joined_into_one_progressive_mp4_and_the_sources_removed()
    {
        await using var app = await DownloadApp.StartAsync();
        var pair = await MuxFixtures.GetAsync(MuxShapes.DashSidx);
        var video = app.Media.Add("video", MediaContent.FromBytes(await File.ReadAllBytesAsync(pair.Video)));
        var audio = app.Media.Add("audio", MediaContent.FromBytes(await File.ReadAllBytesAsync(pair.Audio)));
        app.Resolver.Add(
            "twostreams0",
            "Two streams",
            ("video", MediaStreamKind.Video, new FileInfo(pair.Video).Length),
            ("audio", MediaStreamKind.Audio, new FileInfo(pair.Audio).Length));

        var id = (await app.StartAsync("twostreams0", "720p")).GetProperty("id").GetString()!;
        var task = await app.WaitForEndAsync(id);

        task.GetProperty("status").GetString().Should().Be("completed", await app.DescribeWorkflowAsync(id));
        var joined = Path.Combine(MuxFixtures.Directory, $"workflow-{id}.mp4");
        await File.WriteAllBytesAsync(joined, await app.Http.GetByteArrayAsync($"/api/download/{id}/file"));
        await MuxOracle.AssertJoinedAsync([pair.Video, pair.Audio], joined);
        task.GetProperty("filesize").GetInt64().Should().Be(new FileInfo(joined).Length);
        (await app.BlobsOfAsync(id)).Should().Equal($"{id}/media.mp4");
    }

    [Fact]
    public async Task Streams_that_are_not_mp4_end_in_source_error_and_leave_no_half_file()
    {
        await using var app = await DownloadApp.StartAsync();
        app.Media.Add("video", MediaContent.Pattern(400_000));
        app.Media.Add("audio", MediaContent.Pattern(100_000, seed: 2));
        app.Resolver.Add("notmp400000", "Not MP4", ("video", MediaStreamKind.Video, 400_000), ("audio", MediaStreamKind.Audio, 100_000));

        var id = (await app.StartAsync("notmp400000", "720p")).GetProperty("id").GetString()!;
        var task = await app.WaitForEndAsync(id);

        task.GetProperty("status").GetString().Should().Be("error");
        task.GetProperty("error_code").GetString().Should().Be("source_error");
        task.GetProperty("error_message").GetString().Should().Contain("MP4");
        // The failure is written to the task first, then its blobs go (both sources are staged here by then).
        (await app.BlobsAfterSettlingAsync(id)).Should().BeEmpty("no half file is left behind");
    }

    [Fact]
    public async Task A_step_that_finds_its_task_removed_deletes_what_it_wrote()
    {
        // Remove during the join: the task row and blobs are gone, then the join's output lands and the
        // completion step runs. It must not leave that file behind.
        await using var app = await DownloadApp.StartAsync();
        var id = Guid.NewGuid();
        await app.Host.Container.CreateIfNotExistsAsync();
        await app.Host.Container.UploadBlobAsync($"{id}/media.mp4", BinaryData.FromBytes([1, 2, 3]));
        var activities = ActivatorUtilities.CreateInstance<DownloadActivities>(app.Host.Services);

        var complete = () => activities.CompleteDownload(new CompletedFile(id, $"{id}/media.mp4", 3), CancellationToken.None);

        await complete.Should().ThrowAsync<TaskNoLongerActiveException>();
        (await app.BlobsOfAsync(id.ToString())).Should().BeEmpty();
    }

    [Fact]
    public async Task A_step_of_the_run_before_a_retry_leaves_the_new_run_and_its_blobs_alone()
    {
        // A cancelled run's activity may still be at work when the task is retried under the same id: its late writes must
        // not land in the new run's row, and its stop must not delete the new run's blobs.
        await using var app = await DownloadApp.StartAsync();
        var store = app.Host.Services.GetRequiredService<DownloadTaskStore>();
        var retried = new DownloadTask
        {
            Id = Guid.CreateVersion7(),
            Url = "https://www.youtube.com/watch?v=retried0000",
            VideoId = "retried0000",
            Quality = Quality.Best,
            DownloadType = DownloadType.Video,
            Status = DownloadStatus.Downloading,
            FileSize = 1000,
            DownloadedBytes = 100,
            CreatedAt = DateTimeOffset.UtcNow,
            Run = 1,
        };
        await store.CreateAsync(retried, CancellationToken.None);
        await app.Host.Container.CreateIfNotExistsAsync();
        var blob = DownloadBlobStore.SourceName(retried.Id, 0);
        await app.Host.Container.UploadBlobAsync(blob, BinaryData.FromBytes([1, 2, 3]));
        var activities = ActivatorUtilities.CreateInstance<DownloadActivities>(app.Host.Services);

        var complete = () => activities.CompleteDownload(new CompletedFile(retried.Id, blob, 3, Run: 0), CancellationToken.None);
        await complete.Should().ThrowAsync<TaskNoLongerActiveException>();
        await activities.FailDownload(new FailedDownload(retried.Id, DownloadErrorCode.SourceError, "late", Run: 0), CancellationToken.None);
        await using (var progress = new DownloadProgress(
            store, NullLogger.Instance, retried.Id, run: 0, bytesBefore: 0, totalBytes: 1000, TimeSpan.FromMilliseconds(50)))
        {
            progress.Report(900);
            await Task.Delay(500);
            progress.Stopped.IsCancellationRequested.Should().BeTrue("the old run's transfer stops on seeing a newer run");
        }

        (await store.GetAsync(retried.Id, CancellationToken.None)).Should().Be(retried, "nothing of the old run landed in the row");
        (await app.BlobsOfAsync(retried.Id.ToString())).Should().Equal([blob], "the new run's blob stays");

        // The same step of the current run does land: the check above is about the run, not a row that takes nothing.
        await activities.FailDownload(new FailedDownload(retried.Id, DownloadErrorCode.SourceError, "now", Run: 1), CancellationToken.None);
        (await store.GetAsync(retried.Id, CancellationToken.None))!.Status.Should().Be(DownloadStatus.Error);
        (await app.BlobsOfAsync(retried.Id.ToString())).Should().BeEmpty();
    }
}
