using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using YouTubeDownloader.HostTests.Harness;
using YouTubeDownloader.HostTests.SharedHosts;
using YouTubeDownloader.Testing.Media;

namespace YouTubeDownloader.HostTests.Scenarios;

/// <summary>The seed's flow exactly as the contract shows it, through the real host.</summary>
[Collection(nameof(DefaultHostCollection))]
public sealed class SeedFlowOnHostTests(DefaultHost host)
{
    private readonly HostTestbed testbed = host.Testbed;

    [Fact]
    public async Task Post_poll_the_list_until_completed_then_get_the_file_as_the_seed_does()
    {
        var media = await HostMedia.Small;
        var videoId = testbed.AddVideo(media, "Ünïcödé \"quotes\" / 日本語 🎵");

        var id = await testbed.Api.StartDownloadAsync(videoId, "720p");
        var status = await testbed.Api.PollListUntilEndedAsync(id, TimeSpan.FromMinutes(2));

        status.Should().Be("completed", (await testbed.Api.GetTaskAsync(id)).ToString());
        using var response = await testbed.Http.GetAsync($"api/download/{id}/file", HttpCompletionOption.ResponseHeadersRead);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("video/mp4");
        var disposition = response.Content.Headers.ContentDisposition!;
        disposition.DispositionType.Should().Be("attachment");
        var task = await testbed.Api.GetTaskAsync(id);
        disposition.FileNameStar.Should().Be(task.GetProperty("filename").GetString()).And.StartWith("Ünïcödé").And.EndWith("日本語 🎵.mp4");
        disposition.FileName!.Trim('"').Should().Be("Unicode quotes.mp4", "curl -O -J saves under the folded ASCII fallback");

        var file = await testbed.Api.DownloadFileAsync(id);
        await JoinedFile.AssertJoinOfAsync(file, [media.Video, media.Audio], decode: true);

        // The file's tags crossed the real host's durable messages; the cover came from the stored thumbnail.
        var tags = await MediaProbe.TagsAsync(file);
        tags.Format.Should().Contain("title", task.GetProperty("title").GetString()!).And.Contain("artist", "Fixture Channel")
            .And.Contain("comment", $"https://www.youtube.com/watch?v={videoId}");
        tags.AttachedPictures.Should().Equal(["mjpeg"]);
    }

    /// <summary>One download with subtitles, chapters and a clip: the options cross the real host's durable messages to the file.</summary>
    [Fact]
    public async Task A_clip_with_subtitles_and_chapters_holds_only_its_span()
    {
        var media = await HostMedia.Small;
        var videoId = FakeVideos.AddWithChaptersAndSubtitles(
            testbed.YouTube, media, "Clip on the host", "Chapters:\n0:00 Intro\n0:10 Middle\n0:20 End",
            "WEBVTT\n\n00:00:05.000 --> 00:00:06.000\nbefore\n\n00:00:12.000 --> 00:00:14.000\ninside\n");

        using var response = await testbed.Http.PostAsJsonAsync(
            "api/download", new { url = $"https://www.youtube.com/watch?v={videoId}", quality = "720p", subtitles = new[] { "en" }, start = "0:08", end = 23.5 });
        response.StatusCode.Should().Be(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("download_id").GetString()!;
        var status = await testbed.Api.PollListUntilEndedAsync(id, TimeSpan.FromMinutes(2));

        var task = await testbed.Api.GetTaskAsync(id);
        status.Should().Be("completed", task.ToString());
        task.GetProperty("clip").GetProperty("start").GetDouble().Should().Be(8);
        task.GetProperty("clip").GetProperty("end").GetDouble().Should().Be(23.5);
        task.GetProperty("filename").GetString().Should().Be("Clip on the host [0.08-0.23].mp4");
        var file = await testbed.Api.DownloadFileAsync(id);
        (await MediaProbe.ChaptersAsync(file)).Select(c => (c.Start, c.Title)).Should().Equal((0.0, "Intro"), (2.0, "Middle"), (12.0, "End"));
        (await MediaProbe.SubtitleCuesAsync(file, 0)).Where(c => c.Text.Length > 0).Should().Equal((4.0, 6.0, "inside"));
        (await MediaProbe.StreamsAsync(file)).Where(s => s.Type != "subtitle").Should().OnlyContain(s => Math.Abs(s.Duration - 15.5) <= 1, "the span, within a fragment");
        (await MediaProbe.DecodeErrorsAsync(file)).Should().BeEmpty();
        testbed.ServedMediaRanges().Where(r => r.VideoId == videoId).Sum(r => r.End - r.Start + 1)
            .Should().BeLessThan(new FileInfo(media.Video).Length * 2 / 3, "only the span's fragments of the video are fetched");
    }
}
