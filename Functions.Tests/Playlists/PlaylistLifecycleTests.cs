using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using YouTubeDownloader.Testing;
using YouTubeDownloader.Testing.FakeYouTube;

namespace YouTubeDownloader.Tests.Playlists;

/// <summary>One entry cancelled or removed touches only it and the playlist follows; removing the playlist removes it all; a list YouTube refuses.</summary>
public sealed class PlaylistLifecycleTests : IAsyncLifetime
{
    private PlaylistApp app = null!;

    public async Task InitializeAsync() => app = await PlaylistApp.StartAsync(maxParallel: 1);

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Cancelling_or_removing_one_entry_touches_only_it_and_the_playlist_follows()
    {
        app.Fake.RangeBytesPerSecond = 256 * 1024;
        var videos = Enumerable.Range(1, 3).Select(i => $"PlOneEntry{i}").ToArray();
        var bytes = videos.Select(v => app.AddVideo(v, $"Uno {v}", length: 1024 * 1024)).ToArray();
        app.AddPlaylist("PLoneEntryOnly1", "Una entrada", [.. videos.Select(v => (FakePlaylistEntry)v)]);
        var id = (await app.StartPlaylistAsync("PLoneEntryOnly1")).GetProperty("download_id").GetString()!;

        // One at a time: the first entry is fetching, the others wait their turn.
        var first = await WaitForEntryAsync(id, e => e.GetProperty("downloaded_bytes").GetInt64() > 0);
        var firstId = first.GetProperty("id").GetString()!;
        using (var cancel = await app.Http.DeleteAsync($"/api/downloads/{firstId}"))
        {
            cancel.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        (await app.App.GetTaskAsync(id)).GetProperty("status").GetString().Should().Be("downloading", "the other entries run on");
        var playlist = await app.App.WaitForEndAsync(id, TimeSpan.FromSeconds(90));
        playlist.GetProperty("status").GetString().Should().Be("completed", await app.App.DescribeWorkflowAsync(id));
        var entries = await app.EntriesAsync(id);
        entries.Select(e => e.GetProperty("status").GetString()).Should().Equal("cancelled", "completed", "completed");
        (await app.App.BlobsAfterSettlingAsync(firstId)).Should().BeEmpty();
        playlist.GetProperty("progress").GetDouble().Should().Be(100, "a cancelled entry is left out of the mean");

        // Retried after the playlist's workflow ended: the entry runs alone, and the playlist follows it.
        using (var retry = await app.Http.PostAsync($"/api/downloads/{firstId}/retry", null))
        {
            retry.StatusCode.Should().Be(HttpStatusCode.Accepted);
        }

        (await app.App.WaitForEndAsync(firstId)).GetProperty("status").GetString().Should().Be("completed");
        playlist = await app.App.GetTaskAsync(id);
        playlist.GetProperty("status").GetString().Should().Be("completed");
        playlist.GetProperty("progress").GetDouble().Should().Be(100);
        (await app.App.GetTaskAsync(firstId)).GetProperty("playlist_index").GetInt32().Should().Be(1, "a retried entry keeps its place");

        var secondId = entries[1].GetProperty("id").GetString()!;
        using (var remove = await app.Http.DeleteAsync($"/api/downloads/{secondId}/remove"))
        {
            remove.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        (await app.EntriesAsync(id)).Select(e => e.GetProperty("playlist_index").GetInt32()).Should().Equal(1, 3);
        (await app.App.BlobsOfAsync(secondId)).Should().BeEmpty();
        var zipBytes = await app.Http.GetByteArrayAsync($"/api/download/{id}/file");
        await using var zip = new ZipArchive(new MemoryStream(zipBytes), ZipArchiveMode.Read);
        zip.Entries.Select(e => e.FullName).Should().Equal("001 - Uno PlOneEntry1.mp4", "003 - Uno PlOneEntry3.mp4");
        foreach (var (entry, expected) in zip.Entries.Zip([bytes[0], bytes[2]]))
        {
            await using var content = await entry.OpenAsync();
            using var copy = new MemoryStream();
            await content.CopyToAsync(copy);
            copy.ToArray().Should().Equal(expected);
        }

        using (var retry = await app.Http.PostAsync($"/api/downloads/{id}/retry", null))
        {
            retry.StatusCode.Should().Be(HttpStatusCode.Conflict, "a playlist is retried entry by entry");
        }

        using (var remove = await app.Http.DeleteAsync($"/api/downloads/{id}/remove"))
        {
            remove.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        (await app.EntriesAsync(id)).Should().BeEmpty("removing the playlist removes its entries");
        using (var gone = await app.Http.GetAsync($"/api/downloads/{id}"))
        {
            gone.StatusCode.Should().Be(HttpStatusCode.NotFound);
        }

        foreach (var entry in entries)
        {
            (await app.App.BlobsOfAsync(entry.GetProperty("id").GetString()!)).Should().BeEmpty();
        }
    }

    [Fact]
    public async Task A_list_youtube_calls_private_ends_the_playlist_task_as_private()
    {
        app.Fake.AddPlaylist("PLprivateList01", "Privada", "Fixture Channel", ["PlPrivate01"]).ErrorAlert = "This playlist is private.";

        var id = (await app.StartPlaylistAsync("PLprivateList01")).GetProperty("download_id").GetString()!;
        var playlist = await app.App.WaitForEndAsync(id);

        playlist.GetProperty("status").GetString().Should().Be("error", await app.App.DescribeWorkflowAsync(id));
        playlist.GetProperty("error_code").GetString().Should().Be("private");
        (await app.EntriesAsync(id)).Should().BeEmpty();
        using var file = await app.Http.GetAsync($"/api/download/{id}/file");
        file.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await file.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().Should().Be("download_not_ready");
    }

    private async Task<JsonElement> WaitForEntryAsync(string playlistId, Func<JsonElement, bool> condition) =>
        (await Eventually.GetAsync(
            async () => (await app.EntriesAsync(playlistId)).FirstOrDefault(condition),
            entry => entry.ValueKind == JsonValueKind.Object,
            TimeSpan.FromSeconds(60),
            _ => Task.FromResult("an entry should get there within a minute")));
}
