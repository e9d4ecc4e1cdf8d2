using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using YouTubeDownloader.HostTests.Harness;
using YouTubeDownloader.HostTests.SharedHosts;

namespace YouTubeDownloader.HostTests.Scenarios;

/// <summary>
/// The direct link through the real host: the link route and the file route's redirect hand out a SAS URL that serves
/// the file's exact bytes straight from storage, under the file route's headers, and stops serving when it expires.
/// The video is one visionOS is refused and the TV client gets with the player's challenges (the recorded player when
/// ../shared is there), so the host also runs the chain's fall-through, the player's preparation and the solved URLs.
/// </summary>
[Collection(nameof(DefaultHostCollection))]
public sealed class DirectLinkOnHostTests(DefaultHost host)
{
    private static readonly TimeSpan LinkLifetime = DefaultHost.LinkLifetime;

    private readonly HostTestbed testbed = host.Testbed;

    [Fact]
    public async Task The_link_and_the_redirect_serve_the_files_bytes_and_headers_from_storage_until_they_expire()
    {
        var media = await HostMedia.Small;
        var videoId = testbed.AddVideoThroughTv(media, "Übersicht & Ñandú");
        var id = await testbed.Api.StartDownloadAsync(videoId, "720p");
        (await testbed.Api.PollListUntilEndedAsync(id, TimeSpan.FromMinutes(2))).Should().Be("completed");
        // The host is shared with other scenarios: only this video's requests tell its story.
        testbed.YouTube.PlayerRequests.Where(r => r.VideoId == videoId).Select(r => r.ClientName)
            .Should().StartWith(["VISIONOS", "TVHTML5"], "visionOS is refused, the TV client serves");
        testbed.YouTube.ScriptRequests(testbed.YouTube.CurrentPlayerId!).Should().Be(1);
        testbed.YouTube.MediaRequests.Where(r => r.Method == "GET" && r.VideoId == videoId).Should().NotBeEmpty()
            .And.OnlyContain(r => r.StatusCode == 200, "every media URL carried the solver's sig and n");

        using var streamed = await testbed.Http.GetAsync($"api/download/{id}/file");
        var bytes = await streamed.Content.ReadAsByteArrayAsync();

        using var linkResponse = await testbed.Http.GetAsync($"api/download/{id}/link");
        linkResponse.StatusCode.Should().Be(HttpStatusCode.OK);
        var link = await linkResponse.Content.ReadFromJsonAsync<JsonElement>();
        var url = new Uri(link.GetProperty("url").GetString()!);
        var expiresAt = link.GetProperty("expires_at").GetDateTimeOffset();
        url.Port.Should().NotBe(testbed.Http.BaseAddress!.Port, "the link points at storage, not at the function");
        expiresAt.Should().BeCloseTo(DateTimeOffset.UtcNow + LinkLifetime, TimeSpan.FromSeconds(10));

        // Redirects are the host's to pass on: the client must see the 302 itself, not a body the host fetched.
        using var noRedirects = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = testbed.Http.BaseAddress };
        using var redirect = await noRedirects.GetAsync($"api/download/{id}/file?redirect=true");
        redirect.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var location = redirect.Headers.Location!;
        location.GetLeftPart(UriPartial.Path).Should().Be(url.GetLeftPart(UriPartial.Path), "both name the task's file blob");

        using var storage = new HttpClient();
        foreach (var direct in new[] { url, location })
        {
            using var fromStorage = await storage.GetAsync(direct);
            fromStorage.StatusCode.Should().Be(HttpStatusCode.OK, direct.ToString());
            (await fromStorage.Content.ReadAsByteArrayAsync()).Should().Equal(bytes, "storage serves the file's exact bytes");
            fromStorage.Content.Headers.ContentType!.MediaType.Should().Be("video/mp4");
            fromStorage.Content.Headers.ContentDisposition!.ToString()
                .Should().Be(streamed.Content.Headers.ContentDisposition!.ToString(), "a browser saves it under the title, as from the file route");
        }

        using var missing = await testbed.Http.GetAsync($"api/download/{Guid.CreateVersion7():D}/link");
        missing.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().Should().Be("download_not_ready", "the file route's 404 for a task with no file");

        var wait = expiresAt - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(2);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }

        using var expired = await storage.GetAsync(url);
        expired.StatusCode.Should().Be(HttpStatusCode.Forbidden, "an expired SAS is refused by storage");
    }
}
