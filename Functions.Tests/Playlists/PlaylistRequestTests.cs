using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using YouTubeDownloader.Testing.FakeYouTube;

namespace YouTubeDownloader.Tests.Playlists;

/// <summary>Which URLs start a playlist task, which are refused, and the list's playlist filter.</summary>
public sealed class PlaylistRequestTests : IAsyncLifetime
{
    private PlaylistApp app = null!;

    public async Task InitializeAsync() => app = await PlaylistApp.StartAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task A_watch_url_with_v_and_list_downloads_the_video_unless_the_body_asks_for_the_list()
    {
        app.AddVideo("PlWatch0001", "El vídeo");
        app.AddPlaylist("PLwatchAndList1", "La lista", ["PlWatch0001"]);
        const string url = "https://www.youtube.com/watch?v=PlWatch0001&list=PLwatchAndList1&index=1";

        var (single, video) = await app.PostAsync(new { url, quality = "360p" });
        single.StatusCode.Should().Be(HttpStatusCode.Accepted);
        video.GetProperty("is_playlist").GetBoolean().Should().BeFalse();
        video.GetProperty("video_id").GetString().Should().Be("PlWatch0001");
        video.GetProperty("playlist_total").GetInt32().Should().Be(1);
        video.GetProperty("playlist_id").ValueKind.Should().Be(JsonValueKind.Null);

        var (whole, playlist) = await app.PostAsync(new { url, quality = "360p", playlist = true });
        whole.StatusCode.Should().Be(HttpStatusCode.Accepted);
        playlist.GetProperty("is_playlist").GetBoolean().Should().BeTrue();
        playlist.GetProperty("playlist_index").GetInt32().Should().Be(0);
        var id = playlist.GetProperty("download_id").GetString()!;
        var ended = await app.App.WaitForEndAsync(id);
        ended.GetProperty("status").GetString().Should().Be("completed", await app.App.DescribeWorkflowAsync(id));
        ended.GetProperty("title").GetString().Should().Be("La lista");
        ended.GetProperty("playlist_total").GetInt32().Should().Be(1);
        (await app.EntriesAsync(id)).Single().GetProperty("video_id").GetString().Should().Be("PlWatch0001");
    }

    [Theory]
    [InlineData("https://www.youtube.com/playlist?list=RDdQw4w9WgXcQ", null)]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ&list=RDdQw4w9WgXcQ", true)]
    [InlineData("https://music.youtube.com/playlist?list=RDCLAK5uy_kmPRjHDECIcuVwnKsx2Ng7fyNgFKWNJFs", null)]
    public async Task A_mix_is_refused_as_invalid_url_with_the_reason(string url, bool? playlist)
    {
        var (response, body) = await app.PostAsync(new { url, playlist });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        body.GetProperty("code").GetString().Should().Be("invalid_url");
        body.GetProperty("detail").GetString().Should().Contain("mix");
        (await app.Http.GetFromJsonAsync<List<JsonElement>>("/api/downloads")).Should().BeEmpty("a refused request stores nothing");
    }

    [Fact]
    public async Task A_watch_url_of_a_mix_without_the_playlist_flag_is_the_one_video()
    {
        app.AddVideo("PlMixVideo1", "Del mix");

        var (response, body) = await app.PostAsync(new { url = "https://www.youtube.com/watch?v=PlMixVideo1&list=RDPlMixVideo1", quality = "360p" });

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        body.GetProperty("is_playlist").GetBoolean().Should().BeFalse();
        body.GetProperty("video_id").GetString().Should().Be("PlMixVideo1");
    }

    [Theory]
    [InlineData("https://www.youtube.com/playlist?list=bad!id")]
    [InlineData("https://www.youtube.com/playlist?list=short")]
    [InlineData("https://www.youtube.com/playlist?list=")]
    public async Task A_malformed_list_id_is_invalid_url(string url)
    {
        var (response, body) = await app.PostAsync(new { url });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        body.GetProperty("code").GetString().Should().Be("invalid_url");
    }

    [Fact]
    public async Task Format_id_is_refused_for_a_list()
    {
        var (response, body) = await app.PostAsync(new { url = "https://www.youtube.com/playlist?list=PLformatIdList1", format_id = "18" });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        body.GetProperty("code").GetString().Should().Be("invalid_request");
    }

    [Theory]
    [InlineData("not-a-uuid")]
    [InlineData("")]
    public async Task The_playlist_filter_takes_only_a_task_id(string value)
    {
        using var response = await app.Http.GetAsync($"/api/downloads?playlist_id={value}");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().Should().Be("invalid_request");
    }

    [Fact]
    public async Task The_playlist_filter_lists_only_that_playlists_entries_page_by_page()
    {
        var videos = Enumerable.Range(1, 3).Select(i => $"PlFilter00{i}").ToArray();
        foreach (var videoId in videos)
        {
            app.AddVideo(videoId, $"F {videoId}", length: 20 * 1024);
        }

        app.AddPlaylist("PLfilterEntries", "Filtro", [.. videos.Select(v => (FakePlaylistEntry)v)]);
        app.AddPlaylist("PLfilterOther01", "Otra", [videos[0]]);
        var id = (await app.StartPlaylistAsync("PLfilterEntries")).GetProperty("download_id").GetString()!;
        var other = (await app.StartPlaylistAsync("PLfilterOther01")).GetProperty("download_id").GetString()!;
        await app.App.WaitForEndAsync(id);
        await app.App.WaitForEndAsync(other);

        using var first = await app.Http.GetAsync($"/api/downloads?playlist_id={id}&limit=2");
        var page = await first.Content.ReadFromJsonAsync<List<JsonElement>>();
        page!.Select(e => e.GetProperty("playlist_index").GetInt32()).Should().Equal(1, 2);
        var token = first.Headers.GetValues("X-Continuation-Token").Single();
        using var second = await app.Http.GetAsync($"/api/downloads?playlist_id={id}&limit=2&continuation_token={token}");
        (await second.Content.ReadFromJsonAsync<List<JsonElement>>())!.Select(e => e.GetProperty("playlist_index").GetInt32()).Should().Equal(3);
        using var mixed = await app.Http.GetAsync($"/api/downloads?playlist_id={other}&limit=2&continuation_token={token}");
        mixed.StatusCode.Should().Be(HttpStatusCode.BadRequest, "a token continues only the playlist it was issued for");

        var desc = await app.Http.GetFromJsonAsync<List<JsonElement>>($"/api/downloads?playlist_id={id}&order=desc");
        desc!.Select(e => e.GetProperty("playlist_index").GetInt32()).Should().Equal(3, 2, 1);
        desc.Should().OnlyContain(e => e.GetProperty("playlist_id").GetString() == id);
    }
}
