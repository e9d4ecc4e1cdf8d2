using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using YouTubeDownloader.Testing;
using YouTubeDownloader.Testing.FakeYouTube;
using YouTubeDownloader.Tests.YouTube;
using YouTubeDownloader.Workflow;
using YouTubeDownloader.Workflow.Playlist;

namespace YouTubeDownloader.Tests.Playlists;

/// <summary>
/// Playlists end to end: the HTTP functions, the playlist orchestration with its entries as sub-orchestrations
/// in the durable engine, Azurite, and the YouTube resolver and playlist source against the fake YouTube.
/// </summary>
public sealed class PlaylistWorkflowTests : IAsyncLifetime
{
    private PlaylistApp app = null!;

    public async Task InitializeAsync() => app = await PlaylistApp.StartAsync(maxParallel: 2);

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Five_entries_with_one_unavailable_end_partially_failed_with_four_files_and_a_zip_of_four()
    {
        var titles = new[] { "Primero ñandú", "Segundo", "Privado", "Cuarto 日本語", "Quinto \"final\"" };
        var bytes = new Dictionary<int, byte[]>();
        for (var i = 0; i < 5; i++)
        {
            if (i != 2)
            {
                bytes[i + 1] = app.AddVideo($"PlVideo000{i + 1}", titles[i], length: (200 + (i * 10)) * 1024);
            }
        }

        app.AddPlaylist(
            "PLfiveEntries01",
            "Mi lista ñ",
            [.. titles.Select((t, i) => i == 2 ? FakePlaylistEntry.Private($"PlVideo000{i + 1}") : new FakePlaylistEntry($"PlVideo000{i + 1}"))]);

        var started = await app.StartPlaylistAsync("PLfiveEntries01");
        var id = started.GetProperty("download_id").GetString()!;
        started.GetProperty("is_playlist").GetBoolean().Should().BeTrue();
        started.GetProperty("playlist_index").GetInt32().Should().Be(0);
        started.GetProperty("quality").GetString().Should().Be("360p");
        started.GetProperty("download_type").GetString().Should().Be("video");

        var playlist = await app.App.WaitForEndAsync(id, TimeSpan.FromSeconds(90));

        playlist.GetProperty("status").GetString().Should().Be("error", await app.App.DescribeWorkflowAsync(id));
        playlist.GetProperty("error_code").GetString().Should().Be("partially_failed");
        playlist.GetProperty("error_message").GetString().Should().Be("1 de 5 vídeos de la lista no se pudo descargar");
        playlist.GetProperty("title").GetString().Should().Be("Mi lista ñ");
        playlist.GetProperty("playlist_total").GetInt32().Should().Be(5);
        playlist.GetProperty("progress").GetDouble().Should().Be(80);

        var entries = await app.EntriesAsync(id);
        entries.Select(e => e.GetProperty("playlist_index").GetInt32()).Should().Equal(1, 2, 3, 4, 5);
        entries.Should().OnlyContain(e => e.GetProperty("playlist_id").GetString() == id
                                          && e.GetProperty("is_playlist").GetBoolean()
                                          && e.GetProperty("playlist_total").GetInt32() == 5);
        entries.Select(e => e.GetProperty("status").GetString()).Should().Equal("completed", "completed", "error", "completed", "completed");
        entries[2].GetProperty("error_code").GetString().Should().Be("private");
        foreach (var (index, expected) in bytes)
        {
            var entryId = entries[index - 1].GetProperty("id").GetString()!;
            (await app.Http.GetByteArrayAsync($"/api/download/{entryId}/file")).Should().Equal(expected);
        }

        using var zipResponse = await app.Http.GetAsync($"/api/download/{id}/file", HttpCompletionOption.ResponseHeadersRead);
        zipResponse.StatusCode.Should().Be(HttpStatusCode.OK);
        zipResponse.Content.Headers.ContentType!.MediaType.Should().Be("application/zip");
        zipResponse.Content.Headers.ContentDisposition!.FileNameStar.Should().Be("Mi lista ñ.zip");
        zipResponse.Headers.TransferEncodingChunked.Should().BeTrue("the archive is streamed as it is built");
        await using var zip = new ZipArchive(new MemoryStream(await zipResponse.Content.ReadAsByteArrayAsync()), ZipArchiveMode.Read);
        zip.Entries.Select(e => e.FullName).Should().Equal(
            "001 - Primero ñandú.mp4", "002 - Segundo.mp4", "004 - Cuarto 日本語.mp4", "005 - Quinto final.mp4");
        zip.Entries.Should().OnlyContain(e => e.CompressedLength == e.Length, "entries are stored, not compressed");
        foreach (var (entry, index) in zip.Entries.Zip(new[] { 1, 2, 4, 5 }))
        {
            await using var content = await entry.OpenAsync();
            using var copy = new MemoryStream();
            await content.CopyToAsync(copy);
            copy.ToArray().Should().Equal(bytes[index], entry.FullName);
        }
    }

    [Fact]
    public async Task Every_entry_takes_the_lists_subtitles_and_chapters_options()
    {
        var videos = new[] { "PlCaptions1", "PlCaptions2" };
        foreach (var videoId in videos)
        {
            app.AddVideo(videoId, $"Vídeo {videoId}");
            var player = JsonNode.Parse(File.ReadAllText(Path.Combine(FixtureFolders.OwnFolder, PlaylistApp.Fixture + ".player.json")))!;
            player["videoDetails"]!["videoId"] = videoId;
            player["videoDetails"]!["shortDescription"] = "0:00 One\n0:20 Two\n0:40 Three";
            player["videoDetails"]!["lengthSeconds"] = "60";
            player["captions"] = JsonNode.Parse($$$"""
                {"playerCaptionsTracklistRenderer": {"captionTracks": [
                  {"baseUrl": "https://www.youtube.com/api/timedtext?v={{{videoId}}}&lang=en", "languageCode": "en", "name": {"simpleText": "English"}}]}}
                """);
            app.Fake.SetPlayer("VISIONOS", videoId, PlayerAnswer.Json(player.ToJsonString()));
            app.Fake.SetCaptions(videoId, "en", auto: false, $"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n{videoId}\n");
        }

        app.AddPlaylist("PLwithCaptions", "Subtítulos", [.. videos.Select(v => (FakePlaylistEntry)v)]);
        var (response, body) = await app.PostAsync(new
        {
            url = "https://www.youtube.com/playlist?list=PLwithCaptions", quality = "360p", subtitles = new[] { "en" }, chapters = false,
        });
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.Accepted, body.ToString());
        var id = body.GetProperty("download_id").GetString()!;
        var playlist = await app.App.WaitForEndAsync(id, TimeSpan.FromSeconds(90));
        playlist.GetProperty("status").GetString().Should().Be("completed", await app.App.DescribeWorkflowAsync(id));

        foreach (var entry in await app.EntriesAsync(id))
        {
            entry.GetProperty("subtitles").EnumerateArray().Select(t => t.GetProperty("lang").GetString()).Should().Equal("en");
            entry.GetProperty("chapters").GetArrayLength().Should().Be(0, "the list asked for no chapters");
            var entryId = entry.GetProperty("id").GetString()!;
            (await app.Http.GetStringAsync($"/api/download/{entryId}/subtitles/en")).Should().Contain(entry.GetProperty("video_id").GetString()!);
        }
    }

    [Fact]
    public async Task Entries_run_at_most_max_parallel_at_a_time()
    {
        // Throttled so that each entry's transfer lasts long enough to overlap with the others if allowed to.
        app.Fake.RangeBytesPerSecond = 256 * 1024;
        var videos = Enumerable.Range(1, 5).Select(i => $"PlParallel{i}").ToArray();
        foreach (var videoId in videos)
        {
            app.AddVideo(videoId, $"Vídeo {videoId}", length: 384 * 1024);
        }

        app.AddPlaylist("PLparallelLimit", "Paralelo", [.. videos.Select(v => (FakePlaylistEntry)v)]);
        var id = (await app.StartPlaylistAsync("PLparallelLimit")).GetProperty("download_id").GetString()!;
        var playlist = await app.App.WaitForEndAsync(id, TimeSpan.FromSeconds(90));
        playlist.GetProperty("status").GetString().Should().Be("completed", await app.App.DescribeWorkflowAsync(id));

        // Each entry's transfer: from its first stream request to the end of its last range.
        var intervals = videos.Select(v => (
            Start: app.Fake.MediaRequests.Where(r => r.VideoId == v).Min(r => r.At),
            End: app.Fake.ServedRanges.Where(r => r.VideoId == v).Max(r => r.At))).ToList();
        var mostAtOnce = intervals.Max(i => intervals.Count(o => o.Start <= i.Start && i.Start < o.End));
        mostAtOnce.Should().Be(2, "two entries run side by side, never three: {0}", string.Join(", ", intervals));
    }

    [Fact]
    public async Task Cancel_mid_way_stops_every_entry_and_leaves_no_blob()
    {
        app.Fake.RangeBytesPerSecond = 64 * 1024;
        var videos = Enumerable.Range(1, 4).Select(i => $"PlCancel00{i}").ToArray();
        foreach (var videoId in videos)
        {
            app.AddVideo(videoId, $"Largo {videoId}", length: 2 * 1024 * 1024);
        }

        app.AddPlaylist("PLcancelMidway1", "Cancelar", [.. videos.Select(v => (FakePlaylistEntry)v)]);
        var id = (await app.StartPlaylistAsync("PLcancelMidway1")).GetProperty("download_id").GetString()!;
        await WaitUntilAsync(async () => (await app.EntriesAsync(id)).Count(e => e.GetProperty("downloaded_bytes").GetInt64() > 0) == 2);

        using var cancel = await app.Http.DeleteAsync($"/api/downloads/{id}");
        cancel.StatusCode.Should().Be(HttpStatusCode.OK, await cancel.Content.ReadAsStringAsync());

        (await app.App.GetTaskAsync(id)).GetProperty("status").GetString().Should().Be("cancelled");
        var entries = await app.EntriesAsync(id);
        entries.Should().HaveCount(4).And.OnlyContain(e => e.GetProperty("status").GetString() == "cancelled");
        foreach (var entry in entries)
        {
            (await app.App.BlobsAfterSettlingAsync(entry.GetProperty("id").GetString()!)).Should().BeEmpty();
        }

        // Nothing runs on: no stream request arrives once the entries had time to notice.
        var requests = app.Fake.MediaRequests.Count;
        await Task.Delay(1500);
        app.Fake.MediaRequests.Count.Should().Be(requests);
        (await app.App.DescribeWorkflowAsync(id)).Should().StartWith("Terminated");
        using var zip = await app.Http.GetAsync($"/api/download/{id}/file");
        zip.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await zip.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().Should().Be("download_not_ready");
    }

    [Fact]
    public async Task A_list_of_several_pages_is_read_page_by_page_and_capped_at_max_entries()
    {
        await using var capped = await PlaylistApp.StartAsync(maxParallel: 2, maxEntries: 5);
        var videos = Enumerable.Range(1, 7).Select(i => $"PlPages000{i}").ToArray();
        foreach (var videoId in videos)
        {
            capped.AddVideo(videoId, $"Página {videoId}", length: 16 * 1024);
        }

        capped.AddPlaylist("PLseveralPages1", "Páginas", [.. videos.Select(v => (FakePlaylistEntry)v)], pageSize: 2);
        var id = (await capped.StartPlaylistAsync("PLseveralPages1")).GetProperty("download_id").GetString()!;
        var playlist = await capped.App.WaitForEndAsync(id, TimeSpan.FromSeconds(90));

        playlist.GetProperty("status").GetString().Should().Be("completed", await capped.App.DescribeWorkflowAsync(id));
        playlist.GetProperty("playlist_total").GetInt32().Should().Be(5, "the list is capped at Playlists:MaxEntries");
        playlist.GetProperty("format_note").GetString().Should().Be("primeros 5 de 7 vídeos");
        playlist.GetProperty("progress").GetDouble().Should().Be(100);
        var entries = await capped.EntriesAsync(id);
        entries.Select(e => e.GetProperty("video_id").GetString()).Should().Equal(videos.Take(5));
        entries.Should().OnlyContain(e => e.GetProperty("status").GetString() == "completed" && e.GetProperty("playlist_total").GetInt32() == 5);
        capped.Fake.MediaRequests.Select(r => r.VideoId).Distinct().Should().BeEquivalentTo(videos.Take(5), "nothing past the cap is fetched");
        capped.Fake.BrowseRequests.Count(r => r.Continuation is not null).Should().Be(
            3, "the rows of pages 1 to 3 hold entries 1 to 6; the page after the cap is not read");
    }

    [Fact]
    public async Task A_page_longer_than_one_generation_runs_on_after_continue_as_new()
    {
        var count = PlaylistOrchestrator.EntriesPerGeneration + 2;
        var videos = Enumerable.Range(1, count).Select(i => $"PlLong{i:D5}").ToArray();
        foreach (var videoId in videos)
        {
            app.AddVideo(videoId, $"Largo {videoId}", length: 8 * 1024);
        }

        app.AddPlaylist("PLlongerThanOne", "Larga", [.. videos.Select(v => (FakePlaylistEntry)v)]);
        var id = (await app.StartPlaylistAsync("PLlongerThanOne")).GetProperty("download_id").GetString()!;
        var playlist = await app.App.WaitForEndAsync(id, TimeSpan.FromSeconds(120));

        playlist.GetProperty("status").GetString().Should().Be("completed", await app.App.DescribeWorkflowAsync(id));
        playlist.GetProperty("playlist_total").GetInt32().Should().Be(count);
        (await app.EntriesAsync(id)).Should().HaveCount(count).And.OnlyContain(e => e.GetProperty("status").GetString() == "completed");
        app.Fake.BrowseRequests.Count(r => r.Continuation is not null).Should().Be(1, "one page holds them all");
        var last = await app.App.Host.Durable.GetInstanceAsync(id, getInputsAndOutputs: true);
        last!.ReadInputAs<PlaylistOrchestration>()!.Waiting.Should().HaveCount(2, "the last generation took over the entries the first left");
    }

    private static Task WaitUntilAsync(Func<Task<bool>> condition) =>
        Eventually.UntilAsync(condition, TimeSpan.FromSeconds(60), () => "the condition should hold within a minute");
}
