using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using YouTubeDownloader.Testing.FakeYouTube;
using YouTubeDownloader.Testing.Media;
using YouTubeDownloader.Tests.Media;
using YouTubeDownloader.Tests.Support;
using YouTubeDownloader.YouTube;

namespace YouTubeDownloader.Tests.YouTube;

/// <summary>
/// The original API's <c>POST /api/info</c> fields and <c>format_id</c> downloads, end to end: the HTTP functions, the
/// durable workflow and Azurite, with the production resolver asking the fake YouTube for the hand-written normal video.
/// </summary>
public sealed class OriginalApiParityTests : IAsyncLifetime
{
    private const string Normal = "own-normal-adaptive-muxed_OwnNormal01";
    private FakeYouTubeServer fake = null!;
    private DownloadApp app = null!;
    private MuxPair media = null!;
    private string videoId = null!;

    public async Task InitializeAsync()
    {
        fake = await FakeYouTubeServer.StartAsync();
        videoId = fake.Serve("VISIONOS", Normal);

        // Real fragmented MP4s as the 1080p video (137) and the audio (140), so an exact-format download really joins.
        media = await MuxFixtures.GetAsync(MuxShapes.ManyFragments);
        fake.SetMedia(videoId, 137, MediaContent.FromBytes(await File.ReadAllBytesAsync(media.Video)));
        fake.SetMedia(videoId, 140, MediaContent.FromBytes(await File.ReadAllBytesAsync(media.Audio)));
        var configuration = YouTubeTestServices.Configuration(fake);
        app = await DownloadApp.StartAsync(configureServices: services => services.AddYouTubeResolver(configuration));
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await fake.DisposeAsync();
    }

    [Fact]
    public async Task Info_answers_the_original_fields_beside_todays()
    {
        var info = await InfoAsync();

        info.GetProperty("id").GetString().Should().Be(videoId);
        info.GetProperty("title").GetString().Should().Be("Normal video, adaptive and muxed");
        info.GetProperty("description").GetString().Should().Be("Hand-written fixture.");
        info.GetProperty("duration").GetInt32().Should().Be(212);
        info.GetProperty("duration_formatted").GetString().Should().Be("3:32");
        info.GetProperty("uploader").GetString().Should().Be("Fixture Channel");
        info.GetProperty("view_count").GetInt64().Should().Be(12345);
        info.GetProperty("url").GetString().Should().Be($"https://www.youtube.com/watch?v={videoId}");
        info.GetProperty("thumbnail").GetString().Should().EndWith($"/vi/{videoId}/maxresdefault.jpg");
        // Today's fields stay.
        info.GetProperty("video_id").GetString().Should().Be(videoId);
        info.GetProperty("author").GetString().Should().Be("Fixture Channel");
        info.GetProperty("duration_seconds").GetInt32().Should().Be(212);
        info.GetProperty("qualities").GetArrayLength().Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task Info_formats_are_every_mp4_stream_and_the_webm_opus_muxed_first_then_video_by_height_then_audio_with_the_itag_as_format_id()
    {
        var formats = (await InfoAsync()).GetProperty("formats").EnumerateArray().ToList();

        // No WebM video (248): the product cannot store it; the WebM Opus audio (251) makes an Opus file. 720p ties go by fps, then bitrate.
        formats.Select(f => f.GetProperty("format_id").GetString()).Should().Equal(
            "18", "160", "133", "134", "135", "136", "298", "398", "137", "139", "140", "251");
        formats.Select(f => f.GetProperty("container").GetString()).Distinct().Should().Equal("mp4", "webm");
        var opus = Format(formats, "251");
        opus.GetProperty("container").GetString().Should().Be("webm");
        opus.GetProperty("ext").GetString().Should().Be("webm");
        opus.GetProperty("acodec").GetString().Should().Be("opus");
        opus.GetProperty("vcodec").GetString().Should().Be("none");
        opus.GetProperty("has_audio").GetBoolean().Should().BeTrue();
        opus.GetProperty("resolution").GetString().Should().Be("audio only");
        var low = Format(formats, "160");
        low.GetProperty("ext").GetString().Should().Be("mp4");
        low.GetProperty("height").GetInt32().Should().Be(144);
        low.GetProperty("width").GetInt32().Should().Be(256);
        low.GetProperty("fps").GetInt32().Should().Be(30);
        low.GetProperty("filesize").GetInt64().Should().Be(150_000);
        low.GetProperty("filesize_formatted").GetString().Should().Be("146.48 KB");
        low.GetProperty("vcodec").GetString().Should().Be("avc1.4d400c");
        low.GetProperty("acodec").GetString().Should().Be("none");
        low.GetProperty("has_video").GetBoolean().Should().BeTrue();
        low.GetProperty("has_audio").GetBoolean().Should().BeFalse();
        low.GetProperty("resolution").GetString().Should().Be("256x144");
        low.GetProperty("format_note").GetString().Should().Be("144p");
        var audio = Format(formats, "140");
        audio.GetProperty("ext").GetString().Should().Be("m4a");
        audio.GetProperty("height").ValueKind.Should().Be(JsonValueKind.Null);
        audio.GetProperty("fps").ValueKind.Should().Be(JsonValueKind.Null);
        audio.GetProperty("vcodec").GetString().Should().Be("none");
        audio.GetProperty("acodec").GetString().Should().Be("mp4a.40.2");
        audio.GetProperty("resolution").GetString().Should().Be("audio only");
        audio.GetProperty("format_note").GetString().Should().Be("128kbps");
        audio.GetProperty("filesize").GetInt64().Should().Be(new FileInfo(media.Audio).Length);
        var muxed = Format(formats, "18");
        muxed.GetProperty("has_video").GetBoolean().Should().BeTrue();
        muxed.GetProperty("has_audio").GetBoolean().Should().BeTrue();
        muxed.GetProperty("vcodec").GetString().Should().Be("avc1.42001e");
        muxed.GetProperty("filesize").ValueKind.Should().Be(JsonValueKind.Null, "YouTube states no length for itag 18 and info asks nothing more");
        muxed.GetProperty("filesize_formatted").GetString().Should().Be("N/A");
        fake.MediaRequests.Where(r => r.Method == "GET").Should().BeEmpty();
    }

    [Fact]
    public async Task Format_id_video_plus_audio_completes_with_exactly_those_itags_joined()
    {
        var task = await DownloadAsync(new { url = $"https://www.youtube.com/watch?v={videoId}", quality = "360p", format_id = "137+140" });

        task.GetProperty("status").GetString().Should().Be("completed", await app.DescribeWorkflowAsync(task.GetProperty("id").GetString()!));
        task.GetProperty("format_note").GetString().Should().Be("1080p");
        task.GetProperty("content_type").GetString().Should().Be("video/mp4");
        FetchedItags().Should().BeEquivalentTo([137, 140]);
        var path = Path.Combine(MuxFixtures.Directory, $"e2e-format-{task.GetProperty("id").GetString()}.mp4");
        await File.WriteAllBytesAsync(path, await app.Http.GetByteArrayAsync($"/api/download/{task.GetProperty("id").GetString()}/file"));
        await MuxOracle.AssertJoinedAsync([media.Video, media.Audio], path);
    }

    [Fact]
    public async Task Format_id_of_one_audio_itag_with_an_audio_download_completes_as_an_m4a()
    {
        var task = await DownloadAsync(new { url = videoId, download_type = "audio", format_id = "140" });

        task.GetProperty("status").GetString().Should().Be("completed");
        task.GetProperty("format_note").GetString().Should().Be("128kbps");
        task.GetProperty("filename").GetString().Should().EndWith(".m4a");
        FetchedItags().Should().BeEquivalentTo([140]);
    }

    [Fact]
    public async Task Format_id_of_the_muxed_itag_completes_with_it_alone()
    {
        var task = await DownloadAsync(new { url = videoId, format_id = "18" });

        task.GetProperty("status").GetString().Should().Be("completed");
        task.GetProperty("format_note").GetString().Should().Be("360p");
        FetchedItags().Should().BeEquivalentTo([18]);
    }

    [Theory]
    [InlineData("999+140", "video", "999")]
    [InlineData("248+140", "video", "248")]
    [InlineData("137", "video", "137")]
    [InlineData("140", "video", "140")]
    [InlineData("140+137", "video", "140")]
    [InlineData("137+139", "audio", "137")]
    [InlineData("137", "audio", "137")]
    public async Task A_format_id_the_video_cannot_give_ends_the_task_as_quality_unavailable_naming_the_itag(
        string formatId, string type, string named)
    {
        var task = await DownloadAsync(new { url = videoId, download_type = type, format_id = formatId });

        task.GetProperty("status").GetString().Should().Be("error");
        task.GetProperty("error_code").GetString().Should().Be("quality_unavailable");
        task.GetProperty("error_message").GetString().Should().Contain($"itag {named}");
        fake.MediaRequests.Where(r => r.Method == "GET").Should().BeEmpty();
        (await app.BlobsOfAsync(task.GetProperty("id").GetString()!)).Should().BeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("best")]
    [InlineData("137+140+18")]
    [InlineData("+140")]
    [InlineData("99999")]
    public async Task A_format_id_that_is_no_itag_is_400_and_starts_nothing(string formatId)
    {
        using var response = await app.Http.PostAsJsonAsync("/api/download", new { url = videoId, format_id = formatId });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().Should().Be("invalid_request");
        (await app.Http.GetFromJsonAsync<JsonElement>("/api/downloads")).GetArrayLength().Should().Be(0);
    }

    private async Task<JsonElement> InfoAsync()
    {
        using var response = await app.Http.PostAsJsonAsync("/api/info", new { url = $"https://youtu.be/{videoId}" });
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<JsonElement> DownloadAsync(object body)
    {
        using var response = await app.Http.PostAsJsonAsync("/api/download", body);
        response.StatusCode.Should().Be(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("download_id").GetString()!;
        return await app.WaitForEndAsync(id);
    }

    private List<int> FetchedItags() =>
        fake.MediaRequests.Where(r => r.Method == "GET").Select(r => r.Itag).Distinct().ToList();

    private static JsonElement Format(List<JsonElement> formats, string formatId) =>
        formats.Single(f => f.GetProperty("format_id").GetString() == formatId);
}
