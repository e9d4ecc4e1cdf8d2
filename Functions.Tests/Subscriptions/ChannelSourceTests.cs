using System.Net;
using System.Text.Json;
using YouTubeDownloader.Testing.FakeYouTube;
using YouTubeDownloader.Tests.Playlists;

namespace YouTubeDownloader.Tests.Subscriptions;

/// <summary>
/// Channels through the fake YouTube: a handle resolved by <c>navigation/resolve_url</c> (hand-written answers in the
/// real shape), its uploads read as the <c>UU…</c> list, for info, a download and a subscription.
/// </summary>
public sealed class ChannelSourceTests : IAsyncLifetime
{
    private const string ChannelId = "UCsubsChannel000000001ab";
    private const string UploadsId = "UUsubsChannel000000001ab";
    private PlaylistApp app = null!;

    public async Task InitializeAsync() => app = await PlaylistApp.StartAsync(settings: SubscriptionApi.FastChecks());

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task A_channel_handle_is_resolved_and_its_uploads_read_for_info_a_download_and_a_subscription()
    {
        var uploads = Enumerable.Range(1, 5).Select(i => $"SubChan000{i}").ToList();
        uploads.ForEach(v => app.AddVideo(v, "Subido " + v));
        app.Fake.AddChannel("@CanalDePrueba", ChannelId);
        var list = app.Fake.AddPlaylist(UploadsId, "Uploads from Canal de prueba ñ", "Canal de prueba ñ", uploads.Select(v => (FakePlaylistEntry)v), pageSize: 2);

        var (infoStatus, info) = await app.CallAsync("/api/info", new { url = "https://www.youtube.com/@CanalDePrueba/videos" });
        infoStatus.Should().Be(HttpStatusCode.OK, info.ToString());
        info.GetProperty("title").GetString().Should().Be("Canal de prueba ñ");
        info.GetProperty("id").GetString().Should().Be(UploadsId);
        info.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("id").GetString()).Should().Equal(uploads);
        app.Fake.ResolvedUrls.Should().Contain("https://www.youtube.com/@CanalDePrueba");

        var (startStatus, started) = await app.CallAsync("/api/download", new { url = "https://m.youtube.com/@CanalDePrueba", quality = "360p" });
        startStatus.Should().Be(HttpStatusCode.Accepted, started.ToString());
        started.GetProperty("is_playlist").GetBoolean().Should().BeTrue();
        var playlist = await app.App.WaitForEndAsync(started.GetProperty("download_id").GetString()!, TimeSpan.FromSeconds(90));
        playlist.GetProperty("status").GetString().Should().Be("completed", playlist.ToString());
        playlist.GetProperty("title").GetString().Should().Be("Canal de prueba ñ");
        playlist.GetProperty("filename").GetString().Should().Be("Canal de prueba ñ.zip");
        playlist.GetProperty("playlist_total").GetInt32().Should().Be(5);

        var subscription = await app.SubscribeAsync(new { url = "https://www.youtube.com/@CanalDePrueba", backfill = 1, check_every_minutes = 15 });
        var id = subscription.GetProperty("id").GetString()!;
        subscription.GetProperty("source").GetString().Should().Be("channel");
        subscription.GetProperty("list_id").GetString().Should().Be(UploadsId);
        subscription.GetProperty("title").GetString().Should().Be("Canal de prueba ñ");
        await app.WaitForSubscriptionAsync(id, s => s.Started() == 1);
        (await app.DownloadsOfAsync(id)).VideoIds().Should().Equal(new[] { uploads[0] }, "the newest upload comes first");

        // Two new uploads on top: both start, oldest first, and the reader stops at the first page holding a seen video.
        app.AddVideo("SubChanNew1", "Nuevo 1");
        app.AddVideo("SubChanNew2", "Nuevo 2");
        list.Entries = [.. new[] { "SubChanNew2", "SubChanNew1" }.Concat(uploads).Select(v => (FakePlaylistEntry)v)];
        await app.WaitForSubscriptionAsync(id, s => s.Started() == 3);
        (await app.DownloadsOfAsync(id)).VideoIds().Should().Equal(uploads[0], "SubChanNew1", "SubChanNew2");
        var readBefore = app.Fake.BrowseRequests.Count;
        await app.WaitForFreshCheckAsync(id);
        var pagesOfOneCheck = app.Fake.BrowseRequests.Skip(readBefore).Count(r => r.Continuation is not null && r.PlaylistId == UploadsId);
        pagesOfOneCheck.Should().BeLessThan(4, "a check of a channel reads only as far as a video already seen (one page of two here, of four in all)");
    }

    [Fact]
    public async Task Unknown_handles_and_other_tabs_are_refused_and_create_nothing()
    {
        var (status, body) = await app.CallAsync("/api/subscriptions", new { url = "https://www.youtube.com/@NadieConEsteNombre" });
        status.Should().Be(HttpStatusCode.NotFound, body.ToString());
        body.GetProperty("code").GetString().Should().Be("video_unavailable");

        foreach (var tab in new[] { "shorts", "streams", "live", "playlists" })
        {
            (status, body) = await app.CallAsync("/api/subscriptions", new { url = $"https://www.youtube.com/@CanalDePrueba/{tab}" });
            status.Should().Be(HttpStatusCode.BadRequest, tab);
            body.GetProperty("code").GetString().Should().Be("invalid_url");
            body.GetProperty("detail").GetString().Should().Contain("Shorts");
            (status, _) = await app.CallAsync("/api/download", new { url = $"https://www.youtube.com/channel/{ChannelId}/{tab}" });
            status.Should().Be(HttpStatusCode.BadRequest, tab);
        }

        var (infoStatus, info) = await app.CallAsync("/api/info", new { url = "https://www.youtube.com/c/NadieConEsteNombre" });
        infoStatus.Should().Be(HttpStatusCode.NotFound, info.ToString());

        var (listStatus, all) = await app.SendAsync(HttpMethod.Get, "/api/subscriptions");
        listStatus.Should().Be(HttpStatusCode.OK);
        all.GetArrayLength().Should().Be(0);
        all.ValueKind.Should().Be(JsonValueKind.Array);
    }
}
