using System.Net;
using YouTubeDownloader.Testing.FakeYouTube;
using YouTubeDownloader.Tests.Playlists;

namespace YouTubeDownloader.Tests.Subscriptions;

/// <summary>Bad input to the subscription routes: 400 or 404 with the contract's code, and nothing created.</summary>
public sealed class SubscriptionRequestTests : IAsyncLifetime
{
    private PlaylistApp app = null!;

    public async Task InitializeAsync() => app = await PlaylistApp.StartAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Theory]
    [InlineData("""{"url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ"}""", "invalid_url")]
    [InlineData("""{"url": "dQw4w9WgXcQ"}""", "invalid_url")]
    [InlineData("""{"url": "https://www.youtube.com/playlist?list=RDdQw4w9WgXcQ"}""", "invalid_url")]
    [InlineData("""{"url": "https://vimeo.com/@someone"}""", "invalid_url")]
    [InlineData("""{"url": "https://www.youtube.com/channel/UCtooShort"}""", "invalid_url")]
    [InlineData("""{"url": "https://www.youtube.com/playlist?list=PLsubscriptionBad1", "check_every_minutes": 5}""", "invalid_request")]
    [InlineData("""{"url": "https://www.youtube.com/playlist?list=PLsubscriptionBad1", "check_every_minutes": 50000}""", "invalid_request")]
    [InlineData("""{"url": "https://www.youtube.com/playlist?list=PLsubscriptionBad1", "backfill": -1}""", "invalid_request")]
    [InlineData("""{"url": "https://www.youtube.com/playlist?list=PLsubscriptionBad1", "backfill": 21}""", "invalid_request")]
    [InlineData("""{"url": "https://www.youtube.com/playlist?list=PLsubscriptionBad1", "quality": "999p"}""", "invalid_request")]
    [InlineData("""{"url": "https://www.youtube.com/playlist?list=PLsubscriptionBad1", "format_id": "18"}""", "invalid_request")]
    [InlineData("""{"url": "https://www.youtube.com/playlist?list=PLsubscriptionBad1", "callback_url": "https://example.com/hook"}""", "invalid_request")]
    [InlineData("""{"check_every_minutes": 60}""", "invalid_request")]
    [InlineData("""[1, 2]""", "invalid_request")]
    public async Task A_bad_body_is_400_with_its_code_and_creates_nothing(string body, string code)
    {
        app.Fake.AddPlaylist("PLsubscriptionBad1", "Lista", "Canal", [(FakePlaylistEntry)"SubBad00001"]);
        using var response = await app.Http.PostAsync("/api/subscriptions", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var error = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, error.ToString());
        error.GetProperty("code").GetString().Should().Be(code);
        error.GetProperty("detail").GetString().Should().NotBeNullOrWhiteSpace();
        (await app.SendAsync(HttpMethod.Get, "/api/subscriptions")).Body.GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task Lists_YouTube_refuses_are_404_or_422_and_create_nothing()
    {
        app.Fake.AddPlaylist("PLsubscriptionPriv1", "Lista", "Canal", [(FakePlaylistEntry)"SubBad00001"]).ErrorAlert = "This playlist is private.";

        var (privateStatus, refused) = await app.CallAsync("/api/subscriptions", new { url = "https://www.youtube.com/playlist?list=PLsubscriptionPriv1" });
        var (missingStatus, missing) = await app.CallAsync("/api/subscriptions", new { url = "https://www.youtube.com/playlist?list=PLsubscriptionNone" });

        privateStatus.Should().Be((HttpStatusCode)422, refused.ToString());
        refused.GetProperty("code").GetString().Should().Be("private");
        missingStatus.Should().Be(HttpStatusCode.NotFound, missing.ToString());
        missing.GetProperty("code").GetString().Should().Be("video_unavailable");
        (await app.SendAsync(HttpMethod.Get, "/api/subscriptions")).Body.GetArrayLength().Should().Be(0);
    }

    [Theory]
    [InlineData("GET", "")]
    [InlineData("DELETE", "")]
    [InlineData("POST", "/check")]
    [InlineData("POST", "/pause")]
    [InlineData("POST", "/resume")]
    public async Task An_unknown_or_malformed_id_is_404_subscription_not_found(string method, string action)
    {
        foreach (var id in new[] { Guid.CreateVersion7().ToString(), "not-an-id" })
        {
            var (status, error) = await app.SendAsync(new HttpMethod(method), $"/api/subscriptions/{id}{action}");
            status.Should().Be(HttpStatusCode.NotFound);
            error.GetProperty("code").GetString().Should().Be("subscription_not_found");
            error.GetProperty("detail").GetString().Should().Be("Suscripción no encontrada");
        }
    }

    [Theory]
    [InlineData("status=paused2")]
    [InlineData("status=1")]
    [InlineData("limit=0")]
    [InlineData("continuation_token=bm9wZQ")]
    public async Task A_bad_list_query_is_400(string query)
    {
        var (status, error) = await app.SendAsync(HttpMethod.Get, $"/api/subscriptions?{query}");
        status.Should().Be(HttpStatusCode.BadRequest);
        error.GetProperty("code").GetString().Should().Be("invalid_request");
    }

    [Fact]
    public async Task The_list_pages_like_the_task_list()
    {
        app.Fake.AddPlaylist("PLsubscriptionPage1", "Lista", "Canal", [(FakePlaylistEntry)"SubPage0001"]);
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await app.SubscribeAsync(new { url = "https://www.youtube.com/playlist?list=PLsubscriptionPage1" })).GetProperty("id").GetString()!);
        }

        using var first = await app.Http.GetAsync("/api/subscriptions?limit=2");
        var token = first.Headers.GetValues("X-Continuation-Token").Single();
        var page1 = System.Text.Json.JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement;
        using var second = await app.Http.GetAsync($"/api/subscriptions?limit=2&continuation_token={token}");
        var page2 = System.Text.Json.JsonDocument.Parse(await second.Content.ReadAsStringAsync()).RootElement;

        page1.EnumerateArray().Concat(page2.EnumerateArray()).Select(s => s.GetProperty("id").GetString()).Should().Equal(ids);
        second.Headers.Contains("X-Continuation-Token").Should().BeFalse();
        (await app.SendAsync(HttpMethod.Get, $"/api/subscriptions?status=paused&continuation_token={token}")).Status
            .Should().Be(HttpStatusCode.BadRequest, "a token belongs to its query");
    }

    [Fact]
    public async Task The_download_list_refuses_a_subscription_filter_that_is_no_id()
    {
        var (status, error) = await app.SendAsync(HttpMethod.Get, "/api/downloads?subscription_id=nope");
        status.Should().Be(HttpStatusCode.BadRequest);
        error.GetProperty("detail").GetString().Should().Contain("subscription_id");
    }
}
