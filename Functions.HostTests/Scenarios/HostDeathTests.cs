using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit.Abstractions;
using YouTubeDownloader.HostTests.Harness;
using YouTubeDownloader.Testing.FakeYouTube;

namespace YouTubeDownloader.HostTests.Scenarios;

/// <summary>
/// Host and worker die together (a crashed or recycled instance) mid-transfer, and a host starts again: the work items
/// the dead host held come back after the visibility timeout (shortened here) and every download completes. A
/// subscription waiting between two checks at the time survives it: its durable timer fires on the new host, and its
/// next check starts exactly the videos that appeared while the host was down.
/// </summary>
public sealed class HostDeathTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Downloads = 10;
    private const string FollowedList = "PLhostSubscription1";
    private HostTestbed testbed = null!;

    public async Task InitializeAsync() => testbed = await HostTestbed.StartAsync(HostTestbed.ThrottledSettings(
        [.. HostTestbed.ShortVisibilityTimeouts, ("Subscriptions__IntervalUnit", "00:00:01")])); // check_every_minutes 15: a check every 15 s

    public async Task DisposeAsync() => await testbed.DisposeAsync();

    [Fact]
    public async Task Every_download_completes_and_a_subscription_starts_exactly_the_new_videos_after_the_host_is_started_again()
    {
        var (subscription, before) = await SubscribeAsync();
        var (media, ids) = await testbed.StartThrottledDownloadsAsync(Downloads, fetching: 5);
        var clock = Stopwatch.StartNew();
        await testbed.Host.KillAsync();

        // Two uploads while no host runs: the subscription's next check is due on the next host.
        var fresh = new[] { testbed.AddVideo(media, "Nuevo 1"), testbed.AddVideo(media, "Nuevo 2") };
        testbed.YouTube.AddPlaylist(FollowedList, "Seguida", "Canal", before.Concat(fresh).Select(v => (FakePlaylistEntry)v));
        await testbed.Host.StartAgainAsync();
        var restarted = clock.Elapsed;

        var tasks = await testbed.Api.WaitForEndAsync(ids, TimeSpan.FromMinutes(5));
        output.WriteLine($"{Downloads} downloads, host killed mid-transfer and started again in {restarted.TotalSeconds:F1} s; all ended {clock.Elapsed.TotalSeconds:F1} s after the kill (visibility timeouts: work items 15 s, orchestrations 60 s)");

        tasks.Values.Should().OnlyContain(t => t.GetProperty("status").GetString() == "completed", string.Join('\n', tasks.Values));
        foreach (var id in ids)
        {
            await JoinedFile.AssertJoinOfAsync(await testbed.Api.DownloadFileAsync(id), [media.Video, media.Audio]);
        }

        List<JsonElement> started = [];
        await testbed.WaitUntilAsync(
            async () => (started = await DownloadsOfAsync(subscription)).Count >= 3,
            TimeSpan.FromMinutes(2),
            () => $"the subscription should start the two new videos: {string.Join(", ", started.Select(t => t.GetProperty("video_id").GetString()))}");
        output.WriteLine($"The subscription started the new videos {clock.Elapsed.TotalSeconds:F1} s after the kill");
        started.Select(t => t.GetProperty("video_id").GetString()).Should().Equal(before[^1], fresh[0], fresh[1]);
        var state = await testbed.Http.GetFromJsonAsync<JsonElement>($"api/subscriptions/{subscription}");
        state.GetProperty("status").GetString().Should().Be("active", state.ToString());
        state.GetProperty("downloads_started").GetInt32().Should().Be(3);
        state.GetProperty("videos_seen").GetInt32().Should().Be(4);
    }

    /// <summary>A subscription to a list of two with <c>backfill: 1</c>, after its first check (one download started).</summary>
    private async Task<(string Id, string[] Videos)> SubscribeAsync()
    {
        var media = await HostMedia.Small;
        var videos = new[] { testbed.AddVideo(media, "Viejo 1"), testbed.AddVideo(media, "Viejo 2") };
        testbed.YouTube.AddPlaylist(FollowedList, "Seguida", "Canal", videos.Select(v => (FakePlaylistEntry)v));
        using var response = await testbed.Http.PostAsJsonAsync(
            "api/subscriptions", new { url = $"https://www.youtube.com/playlist?list={FollowedList}", quality = "720p", check_every_minutes = 15, backfill = 1 });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        await testbed.WaitUntilAsync(async () => (await DownloadsOfAsync(id)).Count == 1, TimeSpan.FromSeconds(60), () => "the first check should start the backfill");
        return (id, videos);
    }

    private async Task<List<JsonElement>> DownloadsOfAsync(string subscription) =>
        (await testbed.Http.GetFromJsonAsync<List<JsonElement>>($"api/downloads?subscription_id={subscription}"))!;
}
