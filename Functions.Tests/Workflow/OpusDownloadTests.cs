using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Testing.FakeYouTube;
using YouTubeDownloader.Testing.Media;
using YouTubeDownloader.Tests.Support;
using YouTubeDownloader.Tests.YouTube;

namespace YouTubeDownloader.Tests.Workflow;

/// <summary>
/// <c>"audio_format": "opus"</c> end to end: the production YouTube resolver against the fake YouTube serving an
/// ffmpeg-made WebM Opus as itag 251, the durable workflow, Azurite, and ffmpeg/ffprobe as the oracle.
/// </summary>
public sealed class OpusDownloadTests : IAsyncLifetime
{
    private const string VideoId = FakeYouTubeApp.NormalVideoId;
    private const int OpusItag = 251;

    private FakeYouTubeServer fake = null!;
    private DownloadApp app = null!;
    private string source = null!;

    public async Task InitializeAsync()
    {
        fake = await FakeYouTubeServer.StartAsync();
        fake.Serve("VISIONOS", FakeYouTubeApp.Normal);
        (app, _) = await FakeYouTubeApp.StartAsync(fake);
        source = await OpusFixtures.StereoAsync();
        fake.SetMedia(VideoId, OpusItag, MediaContent.FromBytes(await File.ReadAllBytesAsync(source)));
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await fake.DisposeAsync();
    }

    [Fact]
    public async Task An_opus_download_is_an_ogg_opus_file_with_the_sources_samples_bit_for_bit_its_tags_and_cover()
    {
        var id = await StartAsync(new { url = VideoId, download_type = "audio", audio_format = "opus" });

        var task = await CompletedAsync(id);

        task.GetProperty("filename").GetString().Should().Be("Normal video, adaptive and muxed.opus");
        task.GetProperty("content_type").GetString().Should().Be("audio/ogg");
        fake.MediaRequests.Select(r => r.Itag).Distinct().Should().Equal([OpusItag], "only the Opus stream is fetched");
        using var response = await app.Http.GetAsync($"/api/download/{id}/file");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("audio/ogg");
        response.Content.Headers.ContentDisposition!.FileNameStar.Should().Be("Normal video, adaptive and muxed.opus");
        var file = Path.Combine(OpusFixtures.Directory, $"e2e-{id}.opus");
        await File.WriteAllBytesAsync(file, await response.Content.ReadAsByteArrayAsync());

        (await MediaProbe.StreamsAsync(file)).Select(s => (s.Type, s.Codec)).Should().Equal(("audio", "opus"));
        var expected = await MediaProbe.PcmAsync(source);
        var actual = await MediaProbe.PcmAsync(file);
        actual.Length.Should().Be(expected.Length, "the same sample count as ffmpeg's decode of the WebM");
        actual.AsSpan().SequenceEqual(expected).Should().BeTrue("the same PCM, bit for bit");
        var tags = await MediaProbe.StreamTagsAsync(file);
        tags.Should().Contain("TITLE", "Normal video, adaptive and muxed")
            .And.Contain("COMMENT", "https://www.youtube.com/watch?v=" + VideoId)
            .And.Contain("ARTIST", "Fixture Channel");
        (await MediaProbe.TagsAsync(file)).AttachedPictures.Should().Equal("mjpeg");
        (await app.BlobsOfAsync(id)).Should().Equal($"{id}/media.opus", $"{id}/thumbnail");
    }

    [Fact]
    public async Task Format_id_251_with_audio_format_opus_takes_exactly_that_stream()
    {
        var id = await StartAsync(new { url = VideoId, download_type = "audio", audio_format = "opus", format_id = "251" });

        (await CompletedAsync(id)).GetProperty("filename").GetString().Should().EndWith(".opus");
    }

    [Theory]
    [InlineData("251", null, "ItagIsWebM")]
    [InlineData("140", "opus", "ItagNotOpus")]
    public async Task An_itag_of_the_other_container_ends_as_quality_unavailable_naming_it(string formatId, string? audioFormat, string text)
    {
        var id = await StartAsync(new { url = VideoId, download_type = "audio", audio_format = audioFormat, format_id = formatId });

        var task = await app.WaitForEndAsync(id);

        task.GetProperty("status").GetString().Should().Be("error");
        task.GetProperty("error_code").GetString().Should().Be("quality_unavailable");
        task.GetProperty("error_message").GetString().Should().Be(
            text == "ItagIsWebM" ? Texts.ItagIsWebM(int.Parse(formatId)) : Texts.ItagNotOpus(int.Parse(formatId)));
    }

    [Fact]
    public async Task A_source_that_is_no_webm_ends_as_source_error_and_leaves_no_blob()
    {
        fake.SetMedia(VideoId, OpusItag, MediaContent.FromBytes(new byte[70_000]));
        var id = await StartAsync(new { url = VideoId, download_type = "audio", audio_format = "opus" });

        var task = await app.WaitForEndAsync(id, TimeSpan.FromMinutes(2));

        task.GetProperty("status").GetString().Should().Be("error");
        task.GetProperty("error_code").GetString().Should().Be("source_error");
        task.GetProperty("error_message").GetString().Should().Be(Texts.UnusableWebM);
        (await app.BlobsAfterSettlingAsync(id)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_completed_opus_file_is_reused_for_opus_only_never_for_an_m4a()
    {
        await CompletedAsync(await StartAsync(new { url = VideoId, download_type = "audio", audio_format = "opus" }));
        var requests = fake.MediaRequests.Count;

        var again = await CompletedAsync(await StartAsync(new { url = VideoId, quality = "audio", audio_format = "OPUS" }));
        fake.MediaRequests.Count.Should().Be(requests, "the same streams and format reuse the file");
        again.GetProperty("filename").GetString().Should().EndWith(".opus");

        var m4a = await CompletedAsync(await StartAsync(new { url = VideoId, download_type = "audio" }));
        fake.MediaRequests.Should().Contain(r => r.Itag == FakeYouTubeApp.AudioItag, "an M4A is made from the AAC stream");
        m4a.GetProperty("filename").GetString().Should().EndWith(".m4a");
        m4a.GetProperty("content_type").GetString().Should().Be("audio/mp4");
    }

    private async Task<string> StartAsync(object body)
    {
        using var response = await app.Http.PostAsJsonAsync("/api/download", body);
        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("download_id").GetString()!;
    }

    private async Task<JsonElement> CompletedAsync(string id)
    {
        var task = await app.WaitForEndAsync(id);
        task.GetProperty("status").GetString().Should().Be("completed", await app.DescribeWorkflowAsync(id));
        return task;
    }
}
