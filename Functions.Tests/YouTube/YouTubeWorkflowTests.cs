using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using YouTubeDownloader.Testing.FakeYouTube;
using YouTubeDownloader.Testing.Media;
using YouTubeDownloader.Tests.Media;
using YouTubeDownloader.Tests.Support;
using YouTubeDownloader.YouTube;

namespace YouTubeDownloader.Tests.YouTube;

/// <summary>
/// End to end: the HTTP functions, the durable workflow and Azurite, with the production YouTube resolver
/// (<see cref="YouTubeServiceCollectionExtensions.AddYouTubeResolver"/>) talking to the fake YouTube.
/// </summary>
public sealed class YouTubeWorkflowTests : IAsyncLifetime
{
    private const string Normal = FakeYouTubeApp.Normal;
    private const string NormalVideoId = FakeYouTubeApp.NormalVideoId;
    private const int VideoItag = FakeYouTubeApp.VideoItag;
    private const int AudioItag = FakeYouTubeApp.AudioItag;
    private FakeYouTubeServer fake = null!;
    private DownloadApp app = null!;
    private MuxPair media = null!;

    public async Task InitializeAsync()
    {
        fake = await FakeYouTubeServer.StartAsync();
        (app, media) = await FakeYouTubeApp.StartAsync(fake);
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await fake.DisposeAsync();
    }

    [Fact]
    public async Task Audio_request_completes_as_an_m4a_fetched_in_ranges_with_the_facts_filled()
    {
        var videoId = fake.Serve("VISIONOS", Normal);

        var id = (await app.StartAsync(videoId, "audio")).GetProperty("download_id").GetString()!;
        var task = await app.WaitForEndAsync(id);

        task.GetProperty("status").GetString().Should().Be("completed", await app.DescribeWorkflowAsync(id));
        task.GetProperty("title").GetString().Should().Be("Normal video, adaptive and muxed");
        task.GetProperty("video_id").GetString().Should().Be(videoId);
        task.GetProperty("duration_seconds").GetInt32().Should().Be(212);
        task.GetProperty("format_note").GetString().Should().Be("128kbps");
        task.GetProperty("thumbnail").GetString().Should().Be($"/api/thumbnails/{id}");
        task.GetProperty("filename").GetString().Should().Be("Normal video, adaptive and muxed.m4a");
        task.GetProperty("content_type").GetString().Should().Be("audio/mp4");
        await AssertFileJoinsAsync(id, media.Audio);
        var gets = fake.MediaRequests.Where(r => r.Method == "GET").ToList();
        gets.Should().NotBeEmpty().And.OnlyContain(r => r.Itag == 140 && r.Range != null && r.StatusCode == 200);
    }

    [Fact]
    public async Task Video_720p_fetches_both_streams_in_ranges_and_joins_them_into_one_mp4()
    {
        var videoId = fake.Serve("VISIONOS", Normal);

        var id = (await app.StartAsync(videoId, "720p")).GetProperty("download_id").GetString()!;
        var task = await app.WaitForEndAsync(id);

        task.GetProperty("status").GetString().Should().Be("completed", await app.DescribeWorkflowAsync(id));
        task.GetProperty("format_note").GetString().Should().Be("720p60");
        task.GetProperty("filename").GetString().Should().Be("Normal video, adaptive and muxed.mp4");
        foreach (var (itag, file) in new[] { (VideoItag, media.Video), (AudioItag, media.Audio) })
        {
            var ranges = fake.MediaRequests.Where(r => r.Itag == itag && r.Method == "GET" && r.StatusCode == 200).Select(r => r.Range!.Value).ToList();
            // The one-pass path reads each stream's head (init + sidx) twice: to choose the path, then in the transfer.
            ranges.Count(r => r.Start == 0).Should().Be(2, $"itag {itag}'s head is read to choose the path and to transfer");
            // The fragments follow in ranges that tile the rest of the stream (a trailing box no 'sidx' lists, such as 'mfra', is left).
            var pieces = ranges.Where(r => r.Start > 0).OrderBy(r => r.Start).ToList();
            pieces.Zip(pieces.Skip(1)).Should().OnlyContain(p => p.Second.Start == p.First.End + 1, $"itag {itag}'s media is fetched once, without gaps");
            pieces[^1].End.Should().BeInRange(new FileInfo(file).Length - 1024, new FileInfo(file).Length - 1);
        }

        var joined = await AssertFileJoinsAsync(id, media.Video, media.Audio);
        task.GetProperty("filesize").GetInt64().Should().Be(new FileInfo(joined).Length);
        (await app.BlobsOfAsync(id)).Should().BeEquivalentTo([$"{id}/media.mp4", $"{id}/thumbnail"], "the staged sources are gone");
    }

    /// <summary>
    /// The finished blob carries title, channel, watch URL, upload date and the thumbnail as its cover, on the
    /// one-pass path (DASH with a 'sidx') and the two-step path (small fragments, no 'sidx'), for video and audio alike.
    /// </summary>
    [Theory]
    [InlineData("720p", "many_fragments")]
    [InlineData("720p", "small_fragments")]
    [InlineData("audio", "many_fragments")]
    [InlineData("audio", "small_fragments")]
    public async Task A_completed_download_carries_its_title_channel_link_date_and_cover(string quality, string shapeName)
    {
        var pair = await UseShapeAsync(shapeName);
        var videoId = ServeWithUploadDate("2024-03-05T10:00:00-08:00");

        var id = (await app.StartAsync(videoId, quality)).GetProperty("download_id").GetString()!;
        var task = await app.WaitForEndAsync(id);

        task.GetProperty("status").GetString().Should().Be("completed", await app.DescribeWorkflowAsync(id));
        var file = await AssertFileJoinsAsync(id, quality == "audio" ? [pair.Audio] : [pair.Video, pair.Audio]);
        var tags = await MediaProbe.TagsAsync(file);
        tags.Format.Should().Contain("title", "Normal video, adaptive and muxed").And.Contain("artist", "Fixture Channel")
            .And.Contain("comment", $"https://www.youtube.com/watch?v={videoId}").And.Contain("date", "2024-03-05");
        tags.AttachedPictures.Should().Equal(["mjpeg"], "the thumbnail is the cover");
        var bytes = await File.ReadAllBytesAsync(file);
        var mdat = TopLevelBoxes.List(file).Single(b => b.Type == "mdat").Offset;
        bytes.AsSpan(0, (int)mdat).IndexOf(FakeYouTubeServer.ThumbnailBytes(videoId)).Should().BePositive("the stored thumbnail's bytes are the cover, in the 'moov'");
    }

    [Fact]
    public async Task A_muxed_stream_stored_as_sent_is_tagged_in_place()
    {
        var muxed = await MuxFixtures.MuxedAsync(faststart: true);
        fake.SetMedia(NormalVideoId, 18, MediaContent.FromBytes(await File.ReadAllBytesAsync(muxed)));
        var videoId = ServeWithUploadDate("2024-03-05");

        using var response = await app.Http.PostAsJsonAsync("/api/download", new { url = videoId, format_id = "18" });
        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("download_id").GetString()!;
        var task = await app.WaitForEndAsync(id);

        task.GetProperty("status").GetString().Should().Be("completed", await app.DescribeWorkflowAsync(id));
        var file = Path.Combine(MuxFixtures.Directory, $"e2e-muxed-{id}.mp4");
        await File.WriteAllBytesAsync(file, await app.Http.GetByteArrayAsync($"/api/download/{id}/file"));
        task.GetProperty("filesize").GetInt64().Should().Be(new FileInfo(file).Length);
        foreach (var stream in new[] { "v:0", "a:0" })
        {
            (await MediaProbe.PacketsAsync(file, stream)).Should().Equal(await MediaProbe.PacketsAsync(muxed, stream));
        }

        var tags = await MediaProbe.TagsAsync(file);
        tags.Format.Should().Contain("title", "Normal video, adaptive and muxed").And.Contain("artist", "Fixture Channel")
            .And.Contain("comment", $"https://www.youtube.com/watch?v={videoId}").And.Contain("date", "2024-03-05");
        tags.AttachedPictures.Should().Equal(["mjpeg"]);
    }

    [Fact]
    public async Task Without_a_thumbnail_or_an_upload_date_the_file_has_the_other_tags_and_no_cover()
    {
        var videoId = fake.Serve("VISIONOS", Normal);
        fake.ThumbnailStatus = HttpStatusCode.NotFound;

        var id = (await app.StartAsync(videoId, "720p")).GetProperty("download_id").GetString()!;
        var task = await app.WaitForEndAsync(id);

        task.GetProperty("status").GetString().Should().Be("completed", await app.DescribeWorkflowAsync(id));
        task.GetProperty("thumbnail").GetString().Should().BeEmpty();
        var tags = await MediaProbe.TagsAsync(await AssertFileJoinsAsync(id, media.Video, media.Audio));
        tags.Format.Should().Contain("title", "Normal video, adaptive and muxed").And.Contain("artist", "Fixture Channel").And.NotContainKey("date");
        tags.AttachedPictures.Should().BeEmpty();
    }

    [Theory]
    [InlineData("own-private-flag_OwnPrivate1", "private")]
    [InlineData("own-drm_OwnDrm00001", "drm_protected")]
    [InlineData("own-too-long_OwnTooLong1", "too_long")]
    public async Task A_refused_video_ends_as_an_error_task_with_its_code_and_no_blobs(string fixture, string code)
    {
        var videoId = fake.Serve("VISIONOS", fixture);
        fake.Serve("ANDROID_VR", fixture);

        var id = (await app.StartAsync(videoId, "best")).GetProperty("download_id").GetString()!;
        var task = await app.WaitForEndAsync(id);

        task.GetProperty("status").GetString().Should().Be("error");
        task.GetProperty("error_code").GetString().Should().Be(code);
        task.GetProperty("error_message").GetString().Should().NotBeNullOrEmpty();
        (await app.BlobsOfAsync(id)).Should().BeEmpty();
        fake.MediaRequests.Where(r => r.Method == "GET").Should().BeEmpty();
    }

    [Fact]
    public async Task A_403_mid_download_refreshes_the_player_response_once_and_the_file_is_whole()
    {
        var videoId = fake.Serve("VISIONOS", Normal);
        fake.AddFault(videoId, VideoItag, new StreamFault.ForbidAfter(200_000));

        var id = (await app.StartAsync(videoId, "720p")).GetProperty("download_id").GetString()!;
        var task = await app.WaitForEndAsync(id);

        task.GetProperty("status").GetString().Should().Be("completed", await app.DescribeWorkflowAsync(id));
        await AssertFileJoinsAsync(id, media.Video, media.Audio);
        fake.MediaRequests.Should().Contain(r => r.StatusCode == 403);
        fake.PlayerRequests.Count(r => r.VideoId == videoId).Should().Be(2);
    }

    [Fact]
    public async Task A_stream_that_stays_forbidden_ends_the_task_with_stream_forbidden()
    {
        var videoId = fake.Serve("VISIONOS", Normal);
        fake.AddFault(videoId, 140, new StreamFault.ForbidAfter(0, int.MaxValue));

        var id = (await app.StartAsync(videoId, "audio")).GetProperty("download_id").GetString()!;
        var task = await app.WaitForEndAsync(id);

        task.GetProperty("status").GetString().Should().Be("error");
        task.GetProperty("error_code").GetString().Should().Be("stream_forbidden");
        task.GetProperty("thumbnail").GetString().Should().BeEmpty("the thumbnail went with the task's other blobs");
        (await app.BlobsOfAsync(id)).Should().BeEmpty();
    }

    [Fact]
    public async Task The_thumbnail_is_served_and_removed_with_the_task()
    {
        var videoId = fake.Serve("VISIONOS", Normal);
        var id = (await app.StartAsync(videoId, "audio")).GetProperty("download_id").GetString()!;
        await app.WaitForEndAsync(id);

        using var image = await app.Http.GetAsync($"/api/thumbnails/{id}");
        image.StatusCode.Should().Be(HttpStatusCode.OK);
        image.Content.Headers.ContentType!.MediaType.Should().Be("image/jpeg");
        (await image.Content.ReadAsByteArrayAsync()).Should().Equal(FakeYouTubeServer.ThumbnailBytes(videoId));
        fake.ThumbnailRequests.Should().ContainSingle().Which.Should().Be($"{videoId}/maxresdefault.jpg");
        (await app.BlobsOfAsync(id)).Should().Contain($"{id}/thumbnail");

        (await app.Http.DeleteAsync($"/api/downloads/{id}/remove")).StatusCode.Should().Be(HttpStatusCode.OK);

        await ExpectNotFoundAsync($"/api/thumbnails/{id}");
        (await app.BlobsOfAsync(id)).Should().BeEmpty();
    }

    [Theory]
    [InlineData("0b6a3c1e-5f7d-4e8a-9c2b-1d3e5f7a9b0c")]
    [InlineData("not-a-uuid")]
    public async Task An_unknown_thumbnail_is_404_download_not_found(string id)
    {
        await ExpectNotFoundAsync($"/api/thumbnails/{id}");
    }

    [Fact]
    public async Task Info_lists_title_and_qualities_and_stores_nothing()
    {
        var videoId = fake.Serve("VISIONOS", Normal);

        using var response = await app.Http.PostAsJsonAsync("/api/info", new { url = $"https://youtu.be/{videoId}?si=x" });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var info = await response.Content.ReadFromJsonAsync<JsonElement>();
        info.GetProperty("video_id").GetString().Should().Be(videoId);
        info.GetProperty("title").GetString().Should().Be("Normal video, adaptive and muxed");
        info.GetProperty("author").GetString().Should().Be("Fixture Channel");
        info.GetProperty("duration_seconds").GetInt32().Should().Be(212);
        info.GetProperty("thumbnail").GetString().Should().EndWith($"/vi/{videoId}/maxresdefault.jpg");
        var hd = info.GetProperty("qualities").EnumerateArray().Single(q => q.GetProperty("quality").GetString() == "720p");
        hd.GetProperty("format_note").GetString().Should().Be("720p60");
        hd.GetProperty("filesize").GetInt64().Should().Be(new FileInfo(media.Video).Length + new FileInfo(media.Audio).Length);
        hd.GetProperty("streams").EnumerateArray().Select(s => s.GetProperty("itag").GetInt32()).Should().Equal(298, 140);
        (await app.Http.GetFromJsonAsync<JsonElement>("/api/downloads")).GetArrayLength().Should().Be(0);
        fake.MediaRequests.Where(r => r.Method == "GET").Should().BeEmpty();
    }

    [Theory]
    [InlineData("https://youtube.com@evil.com/watch?v=OwnNormal01", 400, "invalid_url")]
    [InlineData("https://vimeo.com/123", 400, "invalid_url")]
    [InlineData("OwnPrivate1", 422, "private")]
    [InlineData("OwnMissing1", 404, "video_unavailable")]
    public async Task Info_refusals_use_the_error_body(string url, int status, string code)
    {
        fake.Serve("VISIONOS", "own-private-flag_OwnPrivate1");
        fake.Serve("ANDROID_VR", "own-private-flag_OwnPrivate1");

        using var response = await app.Http.PostAsJsonAsync("/api/info", new { url });

        ((int)response.StatusCode).Should().Be(status);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("code").GetString().Should().Be(code);
        body.GetProperty("detail").GetString().Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task Download_checks_the_url_synchronously()
    {
        using var response = await app.Http.PostAsJsonAsync("/api/download", new { url = "https://www.youtube.com.evil.com/watch?v=OwnNormal01" });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().Should().Be("invalid_url");
        fake.PlayerRequests.Should().BeEmpty();
    }

    /// <summary>Serves the input shape's streams as the fixture's 720p video and audio instead of the default pair.</summary>
    private async Task<MuxPair> UseShapeAsync(string shapeName)
    {
        var pair = await MuxFixtures.GetAsync(MuxShapes.All.Single(s => s.Name == shapeName));
        fake.SetMedia(NormalVideoId, VideoItag, MediaContent.FromBytes(await File.ReadAllBytesAsync(pair.Video)));
        fake.SetMedia(NormalVideoId, AudioItag, MediaContent.FromBytes(await File.ReadAllBytesAsync(pair.Audio)));
        return pair;
    }

    /// <summary>The normal fixture with the web client's microformat added (visionOS sends none, so no date otherwise).</summary>
    private string ServeWithUploadDate(string uploadDate)
    {
        var player = JsonNode.Parse(File.ReadAllText(Path.Combine(FixtureFolders.OwnFolder, Normal + ".player.json")))!.AsObject();
        player["microformat"] = new JsonObject { ["playerMicroformatRenderer"] = new JsonObject { ["uploadDate"] = uploadDate } };
        fake.SetPlayer("VISIONOS", NormalVideoId, PlayerAnswer.Json(player.ToJsonString()));
        return NormalVideoId;
    }

    private async Task ExpectNotFoundAsync(string path)
    {
        using var response = await app.Http.GetAsync(path);
        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("detail").GetString().Should().Be("Descarga no encontrada");
        body.GetProperty("code").GetString().Should().Be("download_not_found");
    }

    /// <summary>Downloads the task's file and checks with ffprobe that it holds exactly the inputs' packets, progressive.</summary>
    private async Task<string> AssertFileJoinsAsync(string id, params string[] inputs)
    {
        var path = Path.Combine(MuxFixtures.Directory, $"e2e-{id}.mp4");
        await File.WriteAllBytesAsync(path, await app.Http.GetByteArrayAsync($"/api/download/{id}/file"));
        await MuxOracle.AssertJoinedAsync(inputs, path);
        return path;
    }
}
