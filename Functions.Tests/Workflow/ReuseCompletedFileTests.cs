using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Storage;
using YouTubeDownloader.Testing.FakeYouTube;
using YouTubeDownloader.Testing.Media;
using YouTubeDownloader.Tests.Media;
using YouTubeDownloader.Tests.Support;
using YouTubeDownloader.Tests.YouTube;

namespace YouTubeDownloader.Tests.Workflow;

/// <summary>
/// A task whose stream choice (video, type, the resolver's itags and their lengths) already has a
/// completed file completes by a server-side copy of it, with no media request to YouTube, and owns its own blob.
/// </summary>
public sealed class ReuseCompletedFileTests : IAsyncLifetime
{
    private FakeYouTubeServer fake = null!;
    private DownloadApp app = null!;
    private MuxPair media = null!;
    private string videoId = "";

    public async Task InitializeAsync()
    {
        fake = await FakeYouTubeServer.StartAsync();
        (app, media) = await FakeYouTubeApp.StartAsync(fake);
        videoId = fake.Serve("VISIONOS", FakeYouTubeApp.Normal);
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await fake.DisposeAsync();
    }

    [Fact]
    public async Task A_second_task_for_the_same_streams_is_a_copy_made_without_a_media_request()
    {
        var first = await CompleteAsync(new { url = videoId, quality = "720p" });
        var mediaRequestsBefore = fake.MediaRequests.Count;
        var playerRequestsBefore = fake.PlayerRequests.Count;

        // "298+140" is what the resolver picks for 720p: the same streams, so the same file.
        var second = await CompleteAsync(new { url = videoId, format_id = "298+140" });

        fake.MediaRequests.Count.Should().Be(mediaRequestsBefore, "the second file is copied, not fetched");
        fake.PlayerRequests.Count.Should().BeLessThanOrEqualTo(playerRequestsBefore + 1, "one player request (metadata) is all it costs");
        var bytes = await app.Http.GetByteArrayAsync($"/api/download/{second}/file");
        bytes.Should().Equal(await app.Http.GetByteArrayAsync($"/api/download/{first}/file"));
        var task = await app.GetTaskAsync(second);
        task.GetProperty("filesize").GetInt64().Should().Be(bytes.Length);
        task.GetProperty("filename").GetString().Should().Be("Normal video, adaptive and muxed.mp4");
        task.GetProperty("progress").GetDouble().Should().Be(100);
        (await app.BlobsOfAsync(second)).Should().Contain($"{second}/media.mp4", "the copy is a blob of its own");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Removing_either_task_leaves_the_others_file(bool removeTheOriginal)
    {
        var first = await CompleteAsync(new { url = videoId, quality = "audio" });
        var second = await CompleteAsync(new { url = videoId, quality = "audio" });
        var expected = await app.Http.GetByteArrayAsync($"/api/download/{first}/file");
        var (removed, kept) = removeTheOriginal ? (first, second) : (second, first);

        (await app.Http.DeleteAsync($"/api/downloads/{removed}/remove")).StatusCode.Should().Be(HttpStatusCode.OK);

        (await app.BlobsOfAsync(removed)).Should().BeEmpty();
        (await app.Http.GetByteArrayAsync($"/api/download/{kept}/file")).Should().Equal(expected);
    }

    [Fact]
    public async Task Another_stream_choice_is_downloaded()
    {
        await CompleteAsync(new { url = videoId, quality = "720p" });
        var audioRequestsBefore = AudioGets();

        var audio = await CompleteAsync(new { url = videoId, quality = "audio" });

        AudioGets().Should().BeGreaterThan(audioRequestsBefore, "audio alone is another file than 720p");
        (await app.Http.GetByteArrayAsync($"/api/download/{audio}/file")).Length.Should().BeLessThan((int)new FileInfo(media.Video).Length);
    }

    [Fact]
    public async Task A_source_whose_blob_is_gone_is_skipped_and_the_media_downloaded()
    {
        // The retention rule deletes a file's blob and leaves its completed task: the copy finds nothing and the task downloads.
        var first = await CompleteAsync(new { url = videoId, quality = "audio" });
        await app.Host.Container.GetBlobClient($"{first}/media.m4a").DeleteAsync();
        var before = AudioGets();

        var second = await CompleteAsync(new { url = videoId, quality = "audio" });

        AudioGets().Should().BeGreaterThan(before);
        (await app.BlobsOfAsync(second)).Should().Contain($"{second}/media.m4a");
        await MuxOracle.AssertJoinedAsync([media.Audio], await SaveAsync(second));
    }

    [Fact]
    public async Task A_removed_source_is_not_copied_and_its_index_entry_is_gone()
    {
        var first = await CompleteAsync(new { url = videoId, quality = "audio" });
        (await app.Http.DeleteAsync($"/api/downloads/{first}/remove")).EnsureSuccessStatusCode();
        var before = AudioGets();

        var second = await CompleteAsync(new { url = videoId, quality = "audio" });

        AudioGets().Should().BeGreaterThan(before);
        var entries = await ReuseEntriesAsync();
        entries.Should().ContainSingle().Which.Should().Be(second);
    }

    [Fact]
    public async Task Reuse_can_be_switched_off()
    {
        await using var off = await SecondAppAsync(new Dictionary<string, string?> { ["Delivery:ReuseCompletedFiles"] = "false" });
        await CompleteAsync(new { url = videoId, quality = "audio" }, off);
        var before = AudioGets();

        await CompleteAsync(new { url = videoId, quality = "audio" }, off);

        AudioGets().Should().BeGreaterThan(before);
    }

    private int AudioGets() => fake.MediaRequests.Count(r => r.Itag == FakeYouTubeApp.AudioItag && r.Method == "GET");

    private async Task<string> CompleteAsync(object body, DownloadApp? on = null)
    {
        var target = on ?? app;
        using var response = await target.Http.PostAsJsonAsync("/api/download", body);
        response.StatusCode.Should().Be(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("download_id").GetString()!;
        var task = await target.WaitForEndAsync(id);
        task.GetProperty("status").GetString().Should().Be("completed", await target.DescribeWorkflowAsync(id));
        return id;
    }

    private async Task<string> SaveAsync(string id)
    {
        var path = Path.Combine(MuxFixtures.Directory, $"reuse-{id}.m4a");
        await File.WriteAllBytesAsync(path, await app.Http.GetByteArrayAsync($"/api/download/{id}/file"));
        return path;
    }

    /// <summary>The task ids the reuse index holds for this video's audio.</summary>
    private async Task<List<string>> ReuseEntriesAsync()
    {
        var options = app.Host.Services.GetRequiredService<IOptions<DownloadOptions>>().Value;
        var table = app.Host.Services.GetRequiredService<TableServiceClient>().GetTableClient(StreamChoiceIndex.TableName(options));
        var ids = new List<string>();
        await foreach (var entry in table.QueryAsync<StreamChoiceIndexEntity>())
        {
            if (entry.PartitionKey.StartsWith(videoId + ";audio;", StringComparison.Ordinal))
            {
                ids.Add(entry.TaskId);
            }
        }

        return ids;
    }

    private async Task<DownloadApp> SecondAppAsync(Dictionary<string, string?> settings)
    {
        var (other, _) = await FakeYouTubeApp.StartAsync(fake, settings);
        return other;
    }
}
