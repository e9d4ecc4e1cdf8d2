using System.Diagnostics;
using System.IO.Compression;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit.Abstractions;
using YouTubeDownloader.HostTests.Harness;
using YouTubeDownloader.Testing.FakeYouTube;

namespace YouTubeDownloader.HostTests.Scenarios;

/// <summary>
/// A playlist on the real host: its orchestration, continue-as-new between pages and the entries as
/// sub-orchestrations on the Azure Storage backend, the worker killed mid-way. It must complete without fetching an
/// entry that had completed before the kill, and its ZIP must stream through the host.
/// </summary>
public sealed class PlaylistWorkerDeathTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Entries = 6;
    private HostTestbed testbed = null!;

    public async Task InitializeAsync() =>
        testbed = await HostTestbed.StartAsync(HostTestbed.ThrottledSettings(("Playlists__MaxParallel", "2")));

    public async Task DisposeAsync() => await testbed.DisposeAsync();

    [Fact]
    public async Task A_playlist_completes_after_the_worker_dies_and_finished_entries_are_not_fetched_again()
    {
        var media = await HostMedia.Small;
        testbed.YouTube.RangeBytesPerSecond = 256 * 1024;
        var videos = Enumerable.Range(1, Entries).Select(i => testbed.AddVideo(media, $"Entrada {i} ñ")).ToList();
        testbed.YouTube.AddPlaylist("PLhostWorkerDie1", "Reinicio ñ", "Canal", videos.Select(v => (FakePlaylistEntry)v), pageSize: 4);
        using var start = await testbed.Http.PostAsJsonAsync(
            "api/download", new { url = "https://www.youtube.com/playlist?list=PLhostWorkerDie1", quality = "720p" });
        var id = (await start.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("download_id").GetString()!;

        List<JsonElement> entries = [];
        await testbed.WaitUntilAsync(
            async () => (entries = await EntriesAsync(id)).Count(e => e.GetProperty("status").GetString() == "completed") >= 2,
            TimeSpan.FromMinutes(3),
            () => $"two entries should complete: {string.Join(", ", entries.Select(e => e.GetProperty("status").GetString()))}");
        var finished = entries.Where(e => e.GetProperty("status").GetString() == "completed").Select(e => e.GetProperty("video_id").GetString()!).ToHashSet();
        var requestsBefore = testbed.YouTube.MediaRequests.Count;
        var clock = Stopwatch.StartNew();
        await testbed.Host.KillWorkerAsync();

        var playlist = (await testbed.Api.WaitForEndAsync([id], TimeSpan.FromMinutes(5)))[id];
        output.WriteLine($"{Entries} entries, worker killed with {finished.Count} completed; the playlist ended {clock.Elapsed.TotalSeconds:F1} s after the kill");

        playlist.GetProperty("status").GetString().Should().Be("completed", playlist.ToString());
        playlist.GetProperty("playlist_total").GetInt32().Should().Be(Entries);
        entries = await EntriesAsync(id);
        entries.Select(e => e.GetProperty("video_id").GetString()).Should().Equal(videos);
        entries.Should().OnlyContain(e => e.GetProperty("status").GetString() == "completed");
        testbed.YouTube.MediaRequests.Skip(requestsBefore).Where(r => finished.Contains(r.VideoId))
            .Should().BeEmpty("entries completed before the worker died are not fetched again");

        var zipPath = await testbed.Api.DownloadFileAsync(id);
        using var zip = ZipFile.OpenRead(zipPath);
        zip.Entries.Select(e => e.FullName).Should().Equal(Enumerable.Range(1, Entries).Select(i => $"{i:D3} - Entrada {i} ñ.mp4"));
        var first = await testbed.Api.DownloadFileAsync(entries[0].GetProperty("id").GetString()!);
        zip.Entries.Should().OnlyContain(e => e.Length == new FileInfo(first).Length, "every entry is the same media");
    }

    private async Task<List<JsonElement>> EntriesAsync(string playlistId) =>
        (await testbed.Http.GetFromJsonAsync<List<JsonElement>>($"api/downloads?playlist_id={playlistId}"))!;
}
