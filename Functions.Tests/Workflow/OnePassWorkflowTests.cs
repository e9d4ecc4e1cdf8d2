using Azure.Core;
using YouTubeDownloader.Sources;
using YouTubeDownloader.Testing.Media;
using YouTubeDownloader.Tests.Media;
using YouTubeDownloader.Tests.Support;

namespace YouTubeDownloader.Tests.Workflow;

/// <summary>
/// Downloads of video + audio pairs through the whole app (local media server → Azurite → final blob): DASH streams with
/// a 'sidx' take the one-pass path, the rest the two-step path, and both give what ffmpeg's stream copy gives.
/// Segments are 64 KiB, so the small test streams are cut into several pieces.
/// </summary>
public sealed class OnePassWorkflowTests
{
    /// <summary>Shapes without a 'sidx' (or not fragmented at all): the two-step path.</summary>
    private static readonly HashSet<string> TwoStepShapes = ["small_fragments", "explicit_base_offsets", "progressive", "progressive_faststart"];

    private static readonly Dictionary<string, string?> SmallSegments = new()
    {
        ["Transfer:SegmentSizeBytes"] = "65536",
    };

    public static TheoryData<string> Shapes => new(MuxShapes.All.Select(s => s.Name));

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task Every_input_shape_becomes_a_file_with_every_packet_unchanged(string shapeName)
    {
        var storage = new StorageLog();
        await using var app = await DownloadApp.StartAsync(SmallSegments, storage.Register);
        var pair = await MuxFixtures.GetAsync(MuxShapes.All.Single(s => s.Name == shapeName));
        var videoId = AddPair(app, pair, shapeName);

        var id = (await app.StartAsync(videoId, "720p")).GetProperty("id").GetString()!;
        var task = await app.WaitForEndAsync(id);

        task.GetProperty("status").GetString().Should().Be("completed", await app.DescribeWorkflowAsync(id));
        var twoStep = storage.Requests.Any(r => r.Path.Contains($"{id}/source-", StringComparison.Ordinal));
        twoStep.Should().Be(TwoStepShapes.Contains(shapeName), "DASH streams with a 'sidx' take the one-pass path, the rest the two-step path");
        var joined = Path.Combine(MuxFixtures.Directory, $"onepass-{shapeName}-{id}.mp4");
        await File.WriteAllBytesAsync(joined, await app.Http.GetByteArrayAsync($"/api/download/{id}/file"));
        await MuxOracle.AssertJoinedAsync([pair.Video, pair.Audio], joined);
        task.GetProperty("filesize").GetInt64().Should().Be(new FileInfo(joined).Length);
        (await app.BlobsOfAsync(id)).Should().Equal([$"{id}/media.mp4"], "tables and sources are deleted");
        var tags = await MediaProbe.TagsAsync(joined);
        tags.Format.Should().Contain("title", shapeName).And.Contain("artist", "Local author")
            .And.Contain("comment", $"https://www.youtube.com/watch?v={videoId}").And.Contain("date", "2024-03-05");
        tags.AttachedPictures.Should().BeEmpty("the local resolver has no thumbnail: no cover, and no failure");
    }

    [Fact]
    public async Task Assembly_reads_no_staged_media_and_writes_only_the_header_block_and_the_block_list()
    {
        var storage = new StorageLog();
        await using var app = await DownloadApp.StartAsync(SmallSegments, storage.Register);
        var pair = await MuxFixtures.GetAsync(MuxShapes.ManyFragments);
        var videoId = AddPair(app, pair, "counted");

        var id = (await app.StartAsync(videoId, "720p")).GetProperty("id").GetString()!;
        (await app.WaitForEndAsync(id)).GetProperty("status").GetString().Should().Be("completed", await app.DescribeWorkflowAsync(id));
        var requests = storage.Requests.Where(r => r.Path.Contains($"/{id}/", StringComparison.Ordinal)).ToList();

        // From the first read of a table on, everything is the assembly.
        var file = $"/{id}/media.mp4";
        var assembly = requests.SkipWhile(r => !(r.Method == "GET" && r.Query == "" && r.Path.Contains("/table-", StringComparison.Ordinal))).ToList();
        assembly.Should().NotBeEmpty();
        assembly.Where(r => r.Method == "GET" && r.Query == "").Select(r => r.Path).Should().BeEquivalentTo(
            [$"/{id}/table-0", $"/{id}/table-1"], "the assembly reads the two small tables and no media");
        assembly.Where(r => r.Method == "PUT").Select(r => (r.Path, r.Query)).Should().Equal(
            [(file, "comp=block"), (file, "comp=blocklist")], "the assembly writes the header block, then the block list");
        assembly.Where(r => r.Method == "GET" && r.Path == file).Select(r => r.Query).Should().Equal(
            ["comp=blocklist"], "one block list read checks the staged sizes");
        assembly.Where(r => r.Method == "DELETE").Select(r => r.Path).Should().BeEquivalentTo([$"/{id}/table-0", $"/{id}/table-1"]);
        requests.Should().NotContain(r => r.Method == "GET" && r.Path == file && r.Query == "", "no media byte is ever read back");
        requests.Should().NotContain(r => r.Path.Contains("/source-", StringComparison.Ordinal), "no temporary media blob is written");
    }

    [Fact]
    public async Task A_transfer_stopped_mid_stream_refetches_only_the_missing_pieces()
    {
        // One range at a time, two tries each: the 4th piece fails twice, which fails the activity as a dying worker
        // would; the durable retry must fetch only the pieces not staged yet.
        await using var app = await DownloadApp.StartAsync(new Dictionary<string, string?>(SmallSegments)
        {
            ["Transfer:MaxParallelSegments"] = "1",
            ["Transfer:MaxAttemptsPerSegment"] = "2",
        });
        var pair = await MuxFixtures.GetAsync(MuxShapes.ManyFragments);
        var videoId = AddPair(app, pair, "resumed");

        // The plan's head read and the transfer's head read, 3 pieces, then two failures.
        app.Media.Script($"resumed-video", [.. Enumerable.Repeat<MediaFault>(new MediaFault.Pass(), 5), new MediaFault.Status(500), new MediaFault.Status(500)]);
        var id = (await app.StartAsync(videoId, "720p")).GetProperty("id").GetString()!;
        var task = await app.WaitForEndAsync(id);

        task.GetProperty("status").GetString().Should().Be("completed", await app.DescribeWorkflowAsync(id));
        var pieces = app.Media.Requests.Where(r => r.Name == "resumed-video" && r.Start > 0 && r.Fault is null).Select(r => r.Start).ToList();
        pieces.Should().OnlyHaveUniqueItems("no staged piece is fetched twice").And.HaveCountGreaterThan(3);
        app.Media.Requests.Count(r => r.Fault is not null).Should().Be(2);
        var joined = Path.Combine(MuxFixtures.Directory, $"onepass-resumed-{id}.mp4");
        await File.WriteAllBytesAsync(joined, await app.Http.GetByteArrayAsync($"/api/download/{id}/file"));
        await MuxOracle.AssertJoinedAsync([pair.Video, pair.Audio], joined);
    }

    [Fact]
    public async Task Audio_alone_takes_the_one_pass_path_and_becomes_an_m4a()
    {
        var storage = new StorageLog();
        await using var app = await DownloadApp.StartAsync(SmallSegments, storage.Register);
        var pair = await MuxFixtures.GetAsync(MuxShapes.ManyFragments);
        app.Media.Add("alone-audio", MediaContent.FromBytes(await File.ReadAllBytesAsync(pair.Audio)));
        app.Resolver.Add("audioalone0", "Audio alone", ("alone-audio", MediaStreamKind.Audio, new FileInfo(pair.Audio).Length));

        var id = (await app.StartAsync("audioalone0", "audio")).GetProperty("id").GetString()!;
        var task = await app.WaitForEndAsync(id);

        task.GetProperty("status").GetString().Should().Be("completed", await app.DescribeWorkflowAsync(id));
        storage.Requests.Should().Contain(r => r.Path.Contains($"/{id}/table-0", StringComparison.Ordinal));
        var file = Path.Combine(MuxFixtures.Directory, $"onepass-audio-{id}.m4a");
        await File.WriteAllBytesAsync(file, await app.Http.GetByteArrayAsync($"/api/download/{id}/file"));
        await MuxOracle.AssertJoinedAsync([pair.Audio], file);
    }

    private static string AddPair(DownloadApp app, MuxPair pair, string name)
    {
        app.Media.Add($"{name}-video", MediaContent.FromBytes(File.ReadAllBytes(pair.Video)));
        app.Media.Add($"{name}-audio", MediaContent.FromBytes(File.ReadAllBytes(pair.Audio)));
        var videoId = (name.Replace("_", "", StringComparison.Ordinal) + "00000000000")[..11];
        app.Resolver.Add(
            videoId,
            name,
            ($"{name}-video", MediaStreamKind.Video, new FileInfo(pair.Video).Length),
            ($"{name}-audio", MediaStreamKind.Audio, new FileInfo(pair.Audio).Length));
        return videoId;
    }

    /// <summary>Every storage request the app makes: method, path and query.</summary>
    private sealed class StorageLog
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<(string Method, string Path, string Query)> requests = new();

        public IReadOnlyList<(string Method, string Path, string Query)> Requests => requests.ToArray();

        public void Register(Microsoft.Extensions.DependencyInjection.IServiceCollection services) =>
            new StorageRequestCounter(Record).Register(services);

        private bool Record(Request request)
        {
            var uri = request.Uri.ToUri();
            var query = string.Join('&', System.Web.HttpUtility.ParseQueryString(uri.Query) is var q
                ? q.AllKeys.Where(k => k == "comp").Select(k => $"{k}={q[k]}")
                : []);
            // Azurite's paths are /account/container/blob: keep "/blob".
            var path = Uri.UnescapeDataString(uri.AbsolutePath).Split('/', 4);
            requests.Enqueue((request.Method.ToString(), path.Length == 4 ? "/" + path[3] : "", query));
            return true;
        }
    }
}
