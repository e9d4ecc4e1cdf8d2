using System.Net;
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
}
