using System.Net;
using Microsoft.DurableTask.Client;
using YouTubeDownloader.Testing.FakeYouTube;
using YouTubeDownloader.Tests.Playlists;

namespace YouTubeDownloader.Tests.Subscriptions;

/// <summary>
/// Subscriptions end to end: the routes, the eternal orchestration with its timer (a minute lasting 100 ms) in the
/// durable engine, Azurite, and the playlist reader against the fake YouTube, whose list the test grows between checks.
/// </summary>
public sealed class SubscriptionWorkflowTests : IAsyncLifetime
{
    private PlaylistApp app = null!;

    public async Task InitializeAsync() => app = await PlaylistApp.StartAsync(settings: SubscriptionApi.FastChecks());

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task A_growing_playlist_backfills_two_then_starts_each_new_video_once()
    {
        var first = Enumerable.Range(1, 4).Select(i => $"SubGrow000{i}").ToList();
        first.ForEach(v => app.AddVideo(v, "Viejo " + v));
        var list = app.Fake.AddPlaylist("PLsubscriptionGrow1", "Lista que crece", "Canal", first.Select(v => (FakePlaylistEntry)v));
        var unrelated = (await app.App.StartAsync(first[0])).GetProperty("download_id").GetString()!;

        var subscription = await app.SubscribeAsync(new
        {
            url = "https://www.youtube.com/playlist?list=PLsubscriptionGrow1", quality = "360p", check_every_minutes = 15, backfill = 2,
        });
        var id = subscription.GetProperty("id").GetString()!;
        subscription.GetProperty("status").GetString().Should().Be("active");
        subscription.GetProperty("source").GetString().Should().Be("playlist");
        subscription.GetProperty("title").GetString().Should().Be("Lista que crece");

        var afterFirst = await app.WaitForSubscriptionAsync(id, s => s.Started() == 2);
        afterFirst.GetProperty("videos_seen").GetInt32().Should().Be(4);
        (await app.DownloadsOfAsync(id)).VideoIds().Should().Equal(first[2], first[3]);

        var added = Enumerable.Range(1, 3).Select(i => $"SubGrowNew{i}").ToList();
        added.ForEach(v => app.AddVideo(v, "Nuevo " + v));
        list.Entries = [.. first.Concat(added).Select(v => (FakePlaylistEntry)v)];
        await app.WaitForSubscriptionAsync(id, s => s.Started() == 5);

        // Two leave the list (one downloaded, one only seen) and come back: neither is downloaded (again).
        list.Entries = [.. first.Concat(added).Where(v => v != first[1] && v != added[0]).Select(v => (FakePlaylistEntry)v)];
        await app.WaitForFreshCheckAsync(id);
        list.Entries = [.. first.Concat(added).Select(v => (FakePlaylistEntry)v)];
        await app.WaitForFreshCheckAsync(id);
        await app.WaitForFreshCheckAsync(id);

        var downloads = await app.DownloadsOfAsync(id);
        downloads.VideoIds().Should().Equal(first[2], first[3], added[0], added[1], added[2]);
        downloads.Should().OnlyContain(t => t.GetProperty("subscription_id").GetString() == id);
        downloads.Select(t => t.GetProperty("id").GetString()).Should().NotContain(unrelated);
        (await app.GetSubscriptionAsync(id)).Started().Should().Be(5);
        foreach (var task in downloads)
        {
            (await app.App.WaitForEndAsync(task.GetProperty("id").GetString()!)).GetProperty("status").GetString().Should().Be("completed");
        }

        var (status, all) = await app.SendAsync(HttpMethod.Get, "/api/downloads");
        status.Should().Be(HttpStatusCode.OK);
        all.EnumerateArray().Single(t => t.GetProperty("id").GetString() == unrelated).GetProperty("subscription_id").ValueKind
            .Should().Be(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task A_check_that_fails_is_recorded_and_passes_and_a_private_list_stops_it_with_its_code()
    {
        app.AddVideo("SubFail0001", "Uno");
        var list = app.Fake.AddPlaylist("PLsubscriptionFail1", "Lista", "Canal", [(FakePlaylistEntry)"SubFail0001"]);
        var id = (await app.SubscribeAsync(new { url = "https://www.youtube.com/playlist?list=PLsubscriptionFail1", check_every_minutes = 15 }))
            .GetProperty("id").GetString()!;
        await app.WaitForSubscriptionAsync(id, s => s.GetProperty("videos_seen").GetInt32() == 1);

        list.FailWith = HttpStatusCode.ServiceUnavailable;
        var failed = await app.WaitForSubscriptionAsync(id, s => s.GetProperty("last_error").ValueKind != System.Text.Json.JsonValueKind.Null);
        failed.GetProperty("status").GetString().Should().Be("active", "a failure that may pass does not stop it");
        failed.GetProperty("last_error").GetProperty("code").GetString().Should().Be("source_error");
        failed.GetProperty("last_error").GetProperty("message").GetString().Should().StartWith("La comprobación de la suscripción falló");

        list.FailWith = null;
        await app.WaitForSubscriptionAsync(id, s => s.GetProperty("last_error").ValueKind == System.Text.Json.JsonValueKind.Null);

        list.ErrorAlert = "This playlist is private.";
        var stopped = await app.WaitForSubscriptionAsync(id, s => s.GetProperty("status").GetString() == "error");
        stopped.GetProperty("last_error").GetProperty("code").GetString().Should().Be("private");
        stopped.GetProperty("next_check_at").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        // The status is written by the workflow's last step; the workflow ends just after it.
        using var ends = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var instance = await app.App.Host.Durable.WaitForInstanceCompletionAsync($"subscription-{id}", ends.Token);
        instance.RuntimeStatus.Should().Be(OrchestrationRuntimeStatus.Completed, "a list refused for good ends the workflow");

        var (status, body) = await app.CallAsync($"/api/subscriptions/{id}/check");
        status.Should().Be(HttpStatusCode.Conflict);
        body.GetProperty("code").GetString().Should().Be("subscription_not_active");
    }
}
