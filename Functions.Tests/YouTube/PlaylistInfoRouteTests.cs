using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using YouTubeDownloader.Testing.FakeYouTube;
using YouTubeDownloader.Tests.Support;
using YouTubeDownloader.YouTube;
using YouTubeDownloader.Playlists;

namespace YouTubeDownloader.Tests.YouTube;

/// <summary>
/// <c>POST /api/info</c> with a playlist URL, end to end: the HTTP function with the production playlist source
/// (<see cref="YouTubeServiceCollectionExtensions.AddYouTubeResolver"/>) reading hand-made lists from the fake YouTube,
/// paged small so every page is read; <c>Playlists:MaxEntries</c> is 4 here.
/// </summary>
public sealed class PlaylistInfoRouteTests : IAsyncLifetime
{
    private const string ListId = "PLfakeInfoList0123456789abcdefghij";
    private FakeYouTubeServer fake = null!;
    private DownloadApp app = null!;

    public async Task InitializeAsync()
    {
        fake = await FakeYouTubeServer.StartAsync();
        var configuration = YouTubeTestServices.Configuration(fake, new Dictionary<string, string?> { ["Playlists:MaxEntries"] = "4" });
        app = await DownloadApp.StartAsync(configureServices: services => services.AddYouTubeResolver(configuration).AddPlaylists(configuration));
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await fake.DisposeAsync();
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> InfoAsync(object body)
    {
        using var response = await app.Http.PostAsJsonAsync("/api/info", body);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    [Theory]
    [InlineData("https://www.youtube.com/playlist?list=" + ListId)]
    [InlineData("https://music.youtube.com/playlist?list=" + ListId + "&si=abc")]
    [InlineData("youtube.com/playlist?list=" + ListId)]
    public async Task A_playlist_url_answers_the_list_read_over_every_page(string url)
    {
        fake.AddPlaylist(
            ListId,
            "Info list",
            "Info Channel",
            [new FakePlaylistEntry("fakeVideo01", Title: "One", DurationSeconds: 125), FakePlaylistEntry.Deleted("fakeVideo02"), FakePlaylistEntry.MembersOnly("fakeVideo03")],
            pageSize: 2);

        var (status, info) = await InfoAsync(new { url });

        status.Should().Be(HttpStatusCode.OK, info.ToString());
        info.GetProperty("is_playlist").GetBoolean().Should().BeTrue();
        info.GetProperty("id").GetString().Should().Be(ListId);
        info.GetProperty("title").GetString().Should().Be("Info list");
        info.GetProperty("channel").GetString().Should().Be("Info Channel");
        info.GetProperty("count").GetInt32().Should().Be(3);
        info.GetProperty("truncated").GetBoolean().Should().BeFalse();
        info.GetProperty("url").GetString().Should().Be("https://www.youtube.com/playlist?list=" + ListId);
        var entries = info.GetProperty("entries").EnumerateArray().ToList();
        entries.Select(e => (e.GetProperty("id").GetString(), e.GetProperty("index").GetInt32(), e.GetProperty("playable").GetBoolean()))
            .Should().Equal(("fakeVideo01", 1, true), ("fakeVideo02", 2, false), ("fakeVideo03", 3, false));
        entries[0].GetProperty("title").GetString().Should().Be("One");
        entries[0].GetProperty("duration").GetInt32().Should().Be(125);
        entries[0].GetProperty("error_code").ValueKind.Should().Be(JsonValueKind.Null);
        entries[0].GetProperty("url").GetString().Should().Be("https://www.youtube.com/watch?v=fakeVideo01");
        entries[1].GetProperty("duration").ValueKind.Should().Be(JsonValueKind.Null);
        entries[1].GetProperty("error_code").GetString().Should().Be("video_unavailable");
        entries[2].GetProperty("error_code").GetString().Should().Be("members_only");
        entries[2].GetProperty("error_message").GetString().Should().NotBeNullOrEmpty();
        fake.BrowseRequests.Should().HaveCount(3, "the header, the first page, the second page");
        (await app.Http.GetFromJsonAsync<JsonElement>("/api/downloads")).GetArrayLength().Should().Be(0, "info stores nothing");
    }

    [Fact]
    public async Task A_long_list_stops_at_MaxEntries_and_says_so()
    {
        fake.AddPlaylist(ListId, "Long list", null, Enumerable.Range(1, 9).Select(i => (FakePlaylistEntry)$"fakeVideo{i:00}").ToList(), pageSize: 3);

        var (status, info) = await InfoAsync(new { url = "https://www.youtube.com/playlist?list=" + ListId });

        status.Should().Be(HttpStatusCode.OK, info.ToString());
        info.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("index").GetInt32()).Should().Equal(1, 2, 3, 4);
        info.GetProperty("truncated").GetBoolean().Should().BeTrue();
        info.GetProperty("count").GetInt32().Should().Be(9, "the count is the list's, not what was read");
        info.GetProperty("channel").ValueKind.Should().Be(JsonValueKind.Null);
        fake.BrowseRequests.Should().HaveCount(3, "the header and two pages of three hold the first four; the third page is not read");
    }

    [Theory]
    [InlineData("https://www.youtube.com/playlist?list=RDdQw4w9WgXcQ", "mix")]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ&list=RDdQw4w9WgXcQ&playlist=x", "mix")]
    [InlineData("https://www.youtube.com/playlist?list=PL%20bad%3Cid%3E", "id")]
    [InlineData("https://www.youtube.com/playlist?list=short", "id")]
    public async Task Mixes_and_malformed_ids_are_invalid_urls_and_reach_no_YouTube(string url, string mentions)
    {
        var (status, body) = await InfoAsync(new { url, playlist = true });

        status.Should().Be(HttpStatusCode.BadRequest);
        body.GetProperty("code").GetString().Should().Be("invalid_url");
        body.GetProperty("detail").GetString().Should().Contain(mentions);
        fake.BrowseRequests.Should().BeEmpty();
        fake.PlayerRequests.Should().BeEmpty();
    }

    [Fact]
    public async Task A_watch_url_with_a_list_is_its_video_unless_the_body_asks_for_the_playlist()
    {
        var videoId = fake.Serve("VISIONOS", "own-muxed-only_OwnMuxOnly1");
        fake.AddPlaylist(ListId, "Info list", null, [videoId]);
        var url = $"https://www.youtube.com/watch?v={videoId}&list={ListId}&index=1";

        var (videoStatus, video) = await InfoAsync(new { url });
        var (listStatus, list) = await InfoAsync(new { url, playlist = true });

        videoStatus.Should().Be(HttpStatusCode.OK, video.ToString());
        video.GetProperty("video_id").GetString().Should().Be(videoId);
        listStatus.Should().Be(HttpStatusCode.OK, list.ToString());
        list.GetProperty("id").GetString().Should().Be(ListId);
        list.GetProperty("entries").EnumerateArray().Single().GetProperty("id").GetString().Should().Be(videoId);
    }

    [Theory]
    [InlineData(null, null, 404, "video_unavailable")]
    [InlineData("This playlist is private.", null, 422, "private")]
    [InlineData(null, HttpStatusCode.ServiceUnavailable, 503, "source_error")]
    public async Task Refusals_and_failures_use_the_error_body(string? alert, HttpStatusCode? failure, int status, string code)
    {
        if (alert is not null || failure is not null)
        {
            var playlist = fake.AddPlaylist(ListId, "List", null, ["fakeVideo01"]);
            playlist.ErrorAlert = alert;
            playlist.FailWith = failure;
        }

        var (actual, body) = await InfoAsync(new { url = "https://www.youtube.com/playlist?list=" + ListId });

        ((int)actual).Should().Be(status);
        body.GetProperty("code").GetString().Should().Be(code);
        body.GetProperty("detail").GetString().Should().StartWith("No se puede obtener la lista de reproducción: ");
    }
}
