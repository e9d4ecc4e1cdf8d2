using Azure.Storage.Blobs.Specialized;
using Microsoft.Extensions.DependencyInjection;
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
/// The last stream's activity also assembles the file and completes the task. The durable retry may run it again after
/// any of those steps (a worker that died, a storage blip on the completion): it must then fetch no media again, leave
/// the same file and the same completion, and nothing else behind. The activities run one by one here, on each path.
/// </summary>
public sealed class FinishDownloadTests
{
    public enum Path
    {
        OnePass,
        TwoStep,
        StoredAsSent,
    }

    public static TheoryData<Path> Paths => new(Path.OnePass, Path.TwoStep, Path.StoredAsSent);

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Run_again_after_completing_it_changes_nothing_and_fetches_nothing(Path path)
    {
        await using var app = await DownloadApp.StartAsync();
        var (activities, tasks, task, finish) = await PrepareAsync(app, path, "again");

        var length = await activities.FinishDownload(finish, CancellationToken.None);
        var completed = (await tasks.GetAsync(task.Id, CancellationToken.None))!;
        var file = await app.Http.GetByteArrayAsync($"/api/download/{task.Id}/file");
        var blobs = await app.BlobsOfAsync(task.Id.ToString());
        app.Media.ClearLog();

        (await activities.FinishDownload(finish, CancellationToken.None)).Should().Be(length);

        app.Media.Requests.Should().BeEmpty("the task was completed by this run: nothing is left to fetch");
        var again = (await tasks.GetAsync(task.Id, CancellationToken.None))!;
        again.Status.Should().Be(DownloadStatus.Completed);
        again.CompletedAt.Should().Be(completed.CompletedAt, "the completion is not written twice");
        again.FileSize.Should().Be(length).And.Be(file.Length);
        (await app.Http.GetByteArrayAsync($"/api/download/{task.Id}/file")).Should().Equal(file);
        (await app.BlobsOfAsync(task.Id.ToString())).Should().Equal(blobs);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task A_transfer_run_again_after_the_task_completed_stops_keeps_the_file_and_drops_what_it_staged(Path path)
    {
        // Another instance took the transfer's work item again (its first execution was slow to renew it) and runs it
        // while, or after, the first execution finishes the task. While it ran, it staged a source.
        await using var app = await DownloadApp.StartAsync();
        var (activities, tasks, task, finish) = await PrepareAsync(app, path, "twice");
        await activities.FinishDownload(finish, CancellationToken.None);
        var file = await app.Http.GetByteArrayAsync($"/api/download/{task.Id}/file");
        var blobs = await app.BlobsOfAsync(task.Id.ToString());
        var staged = app.Host.Container.GetBlockBlobClient(DownloadBlobStore.SourceName(task.Id, 0));
        await staged.StageBlockAsync(Convert.ToBase64String(new byte[8]), new MemoryStream(new byte[16]));
        app.Media.ClearLog();

        var again = () => activities.TransferStream(finish.Assembly.Transfers[^1], CancellationToken.None);

        await again.Should().ThrowAsync<TaskNoLongerActiveException>();
        app.Media.Requests.Should().BeEmpty("the task is completed: nothing is fetched again");
        (await tasks.GetAsync(task.Id, CancellationToken.None))!.Status.Should().Be(DownloadStatus.Completed);
        (await app.Http.GetByteArrayAsync($"/api/download/{task.Id}/file")).Should().Equal(file, "the completed task's file is not discarded");
        (await app.BlobsOfAsync(task.Id.ToString())).Should().Equal(blobs, "what the second execution staged goes, and nothing else");
    }

    [Fact]
    public async Task A_stream_stored_as_sent_transferred_again_after_it_was_tagged_keeps_the_tagged_file()
    {
        // The second execution of the transfer checked the task before the first one completed it, and commits after the
        // first one tagged the file in place.
        await using var app = await DownloadApp.StartAsync();
        var (activities, _, _, finish) = await PrepareAsync(app, Path.StoredAsSent, "tagged");
        var stream = finish.Assembly.Transfers[^1];
        await activities.TransferStream(stream, CancellationToken.None);
        var tagged = await activities.AssembleFile(finish.Assembly, CancellationToken.None);
        tagged.Should().NotBe(stream.Stream.ContentLength, "tagging in place changes the file");
        var blob = app.Host.Container.GetBlobClient(finish.Assembly.FileBlobName);
        var file = (await blob.DownloadContentAsync()).Value.Content.ToArray();

        await activities.TransferStream(stream, CancellationToken.None);

        (await blob.DownloadContentAsync()).Value.Content.ToArray().Should().Equal(file, "the raw stream is not committed over the tagged file");
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Run_again_after_the_file_was_committed_it_completes_the_same_file_without_fetching(Path path)
    {
        await using var app = await DownloadApp.StartAsync();
        var (activities, tasks, task, finish) = await PrepareAsync(app, path, "commit");

        // The attempt that died between the file's commit and the task's completion: everything but the completion ran.
        await activities.TransferStream(finish.Assembly.Transfers[^1], CancellationToken.None);
        var assembled = await activities.AssembleFile(finish.Assembly, CancellationToken.None);
        app.Media.ClearLog();

        var length = await activities.FinishDownload(finish, CancellationToken.None);

        app.Media.Requests.Should().BeEmpty("every byte was in and the file committed: nothing is fetched again");
        length.Should().Be(assembled);
        var row = (await tasks.GetAsync(task.Id, CancellationToken.None))!;
        row.Status.Should().Be(DownloadStatus.Completed);
        row.FileSize.Should().Be(length);
        var file = await app.Http.GetByteArrayAsync($"/api/download/{task.Id}/file");
        file.Length.Should().Be((int)length);
        var blobs = await app.BlobsOfAsync(task.Id.ToString());
        blobs.Should().Contain(finish.Assembly.FileBlobName);
        blobs.Should().NotContain(b => b.Contains("/source-", StringComparison.Ordinal) || b.Contains("/table-", StringComparison.Ordinal),
            "no staged source or table outlives the assembly");
        if (path != Path.StoredAsSent)
        {
            var joined = System.IO.Path.Combine(MuxFixtures.Directory, $"finish-{path}-{task.Id}.mp4");
            await File.WriteAllBytesAsync(joined, file);
            var pair = await MuxFixtures.GetAsync(MuxShapes.DashSidx);
            await MuxOracle.AssertJoinedAsync([pair.Video, pair.Audio], joined);
        }
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task With_all_streams_it_fetches_each_once_together_and_a_run_again_fetches_nothing(Path path)
    {
        await using var app = await DownloadApp.StartAsync();
        var (activities, tasks, task, finish) = await PrepareAsync(app, path, "all", allStreams: true);
        app.Media.ClearLog();

        var length = await activities.FinishDownload(finish, CancellationToken.None);

        app.Media.Requests.Select(r => r.Name).Distinct().Should().HaveCount(finish.Assembly.Transfers.Count, "every stream is fetched here");
        app.Media.Requests.Where(r => r.Start > 0).GroupBy(r => (r.Name, r.Start)).Should().OnlyContain(
            g => g.Count() == 1, "no range past a stream's head is fetched twice");
        var row = (await tasks.GetAsync(task.Id, CancellationToken.None))!;
        row.Status.Should().Be(DownloadStatus.Completed);
        row.FileSize.Should().Be(length);
        var file = await app.Http.GetByteArrayAsync($"/api/download/{task.Id}/file");
        file.Length.Should().Be((int)length);
        if (path != Path.StoredAsSent)
        {
            var joined = System.IO.Path.Combine(MuxFixtures.Directory, $"finish-all-{path}-{task.Id}.mp4");
            await File.WriteAllBytesAsync(joined, file);
            var pair = await MuxFixtures.GetAsync(MuxShapes.DashSidx);
            await MuxOracle.AssertJoinedAsync([pair.Video, pair.Audio], joined);
        }

        app.Media.ClearLog();
        (await activities.FinishDownload(finish, CancellationToken.None)).Should().Be(length);
        app.Media.Requests.Should().BeEmpty("the task was completed by this run: nothing is left to fetch");
    }

    /// <summary>
    /// A task resolved on <paramref name="path"/> with every stream but the last transferred, or (<paramref name="allStreams"/>)
    /// none, for a finish that fetches them all.
    /// </summary>
    private static async Task<(DownloadActivities Activities, DownloadTaskStore Tasks, DownloadTask Task, DownloadFinish Finish)> PrepareAsync(
        DownloadApp app, Path path, string name, bool allStreams = false)
    {
        var videoId = $"finish{name}{(int)path}".PadRight(11, '0')[..11];
        if (path == Path.StoredAsSent)
        {
            var muxed = await MuxFixtures.MuxedAsync(faststart: true);
            app.Media.Add($"{videoId}-muxed", MediaContent.FromBytes(await File.ReadAllBytesAsync(muxed)));
            app.Resolver.Add(videoId, "Finish", ($"{videoId}-muxed", MediaStreamKind.Muxed, new FileInfo(muxed).Length));
        }
        else
        {
            var pair = await MuxFixtures.GetAsync(MuxShapes.DashSidx);
            app.Media.Add($"{videoId}-video", MediaContent.FromBytes(await File.ReadAllBytesAsync(pair.Video)));
            app.Media.Add($"{videoId}-audio", MediaContent.FromBytes(await File.ReadAllBytesAsync(pair.Audio)));
            app.Resolver.Add(
                videoId,
                "Finish",
                ($"{videoId}-video", MediaStreamKind.Video, new FileInfo(pair.Video).Length),
                ($"{videoId}-audio", MediaStreamKind.Audio, new FileInfo(pair.Audio).Length));
        }

        var tasks = app.Host.Services.GetRequiredService<DownloadTaskStore>();
        var activities = ActivatorUtilities.CreateInstance<DownloadActivities>(app.Host.Services);
        var task = await app.CreateTaskAsync(videoId);
        var job = DownloadJob.For(task);
        var assembly = FileAssembly.Plan(job, await activities.ResolveMedia(job, CancellationToken.None));
        if (path == Path.OnePass)
        {
            var windows = await activities.PlanOnePass(assembly, CancellationToken.None);
            windows.Should().NotBeNull("the pair has an index: the one-pass path is open");
            assembly = assembly.InOnePass(windows!);
        }

        foreach (var stream in allStreams ? [] : assembly.Transfers.SkipLast(1))
        {
            await activities.TransferStream(stream, CancellationToken.None);
        }

        return (activities, tasks, task, new DownloadFinish(assembly, $"{videoId};video", allStreams));
    }
}
