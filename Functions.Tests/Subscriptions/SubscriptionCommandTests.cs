using System.Net;
using System.Text.Json;
using YouTubeDownloader.Testing.FakeYouTube;
using YouTubeDownloader.Tests.Playlists;

namespace YouTubeDownloader.Tests.Subscriptions;

/// <summary>
/// Check-now, pause, resume, delete and the limits, with the timer at its real length (a minute is a minute): every
/// check here is one the test asks for, so what each check started can be counted.
/// </summary>
public sealed class SubscriptionCommandTests : IAsyncLifetime
{
    private PlaylistApp app = null!;

    public async Task InitializeAsync() => app = await PlaylistApp.StartAsync(
        settings: new Dictionary<string, string?> { ["Subscriptions:MaxNewPerCheck"] = "2", ["Subscriptions:MaxActive"] = "1" });

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Check_now_pause_resume_and_delete_behave_and_a_check_starts_at_most_the_limit()
    {
        app.AddVideo("SubCmd00001", "Uno");
        var list = app.Fake.AddPlaylist("PLsubscriptionCmds1", "Lista", "Canal", [(FakePlaylistEntry)"SubCmd00001"]);
        var id = (await app.SubscribeAsync(new { url = "https://www.youtube.com/playlist?list=PLsubscriptionCmds1" })).GetProperty("id").GetString()!;
        var seen = await app.WaitForSubscriptionAsync(id, s => s.GetProperty("videos_seen").GetInt32() == 1);
        seen.Started().Should().Be(0, "backfill 0 downloads only what appears later");
        seen.GetProperty("check_every_minutes").GetInt32().Should().Be(60);

        var (limitStatus, limit) = await app.CallAsync("/api/subscriptions", new { url = "https://www.youtube.com/playlist?list=PLsubscriptionCmds1" });
        limitStatus.Should().Be(HttpStatusCode.Conflict, "only one may be active");
        limit.GetProperty("code").GetString().Should().Be("subscription_limit");

        // Five new ones, at most two per check.
        var added = Enumerable.Range(1, 5).Select(i => $"SubCmdNew0{i}").ToList();
        added.ForEach(v => app.AddVideo(v, v));
        list.Entries = [.. list.Entries.Concat(added.Select(v => (FakePlaylistEntry)v))];
        var counts = new List<int>();
        for (var check = 0; check < 3; check++)
        {
            await app.CheckNowAsync(id);
            counts.Add((await app.GetSubscriptionAsync(id)).Started());
        }

        counts.Should().Equal(2, 4, 5);
        (await app.DownloadsOfAsync(id)).VideoIds().Should().Equal(added, "oldest first, each once");

        // Paused: no workflow, no check; the new video waits for the resume.
        var (pauseStatus, paused) = await app.CallAsync($"/api/subscriptions/{id}/pause");
        pauseStatus.Should().Be(HttpStatusCode.OK);
        paused.GetProperty("status").GetString().Should().Be("paused");
        paused.GetProperty("next_check_at").ValueKind.Should().Be(JsonValueKind.Null);
        (await app.App.Host.Durable.GetInstanceAsync($"subscription-{id}"))!.IsRunning.Should().BeFalse();
        app.AddVideo("SubCmdLate1", "Tarde");
        list.Entries = [.. list.Entries, "SubCmdLate1"];
        var (checkStatus, refused) = await app.CallAsync($"/api/subscriptions/{id}/check");
        checkStatus.Should().Be(HttpStatusCode.Conflict);
        refused.GetProperty("code").GetString().Should().Be("subscription_not_active");
        (await app.CallAsync($"/api/subscriptions/{id}/pause")).Status.Should().Be(HttpStatusCode.OK, "pausing twice is harmless");

        var (resumeStatus, resumed) = await app.CallAsync($"/api/subscriptions/{id}/resume");
        resumeStatus.Should().Be(HttpStatusCode.OK);
        resumed.GetProperty("status").GetString().Should().Be("active");
        await app.WaitForSubscriptionAsync(id, s => s.Started() == 6);
        (await app.DownloadsOfAsync(id)).VideoIds().Should().Equal(added.Append("SubCmdLate1"));

        var (listStatus, all) = await app.SendAsync(HttpMethod.Get, "/api/subscriptions?status=active");
        listStatus.Should().Be(HttpStatusCode.OK);
        all.EnumerateArray().Select(s => s.GetProperty("id").GetString()).Should().Equal(id);

        var (deleteStatus, deleted) = await app.SendAsync(HttpMethod.Delete, $"/api/subscriptions/{id}");
        deleteStatus.Should().Be(HttpStatusCode.OK);
        deleted.GetProperty("message").GetString().Should().Be("Suscripción eliminada");
        (await app.SendAsync(HttpMethod.Get, $"/api/subscriptions/{id}")).Status.Should().Be(HttpStatusCode.NotFound);
        (await app.SendAsync(HttpMethod.Delete, $"/api/subscriptions/{id}")).Status.Should().Be(HttpStatusCode.NotFound);
        (await app.App.Host.Durable.GetInstanceAsync($"subscription-{id}")).Should().BeNull("its history is purged");
        (await app.DownloadsOfAsync(id)).Should().HaveCount(6, "the downloads it started stay");
        await app.SubscribeAsync(new { url = "https://www.youtube.com/playlist?list=PLsubscriptionCmds1" });
    }
}
