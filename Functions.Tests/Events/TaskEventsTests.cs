using System.Net;
using System.Net.ServerSentEvents;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Storage;
using YouTubeDownloader.Testing.FakeYouTube;
using YouTubeDownloader.Tests.Playlists;
using YouTubeDownloader.Tests.Support;

namespace YouTubeDownloader.Tests.Events;

/// <summary>
/// <c>GET /api/downloads/{id}/events</c> over HTTP: progress events while the task runs, one <c>end</c> with the task as the
/// status route shows it, then the stream closes; it also closes at the time limit, when the task is removed, and stops
/// reading storage when the client leaves.
/// </summary>
public sealed class TaskEventsTests
{
    private static readonly Dictionary<string, string?> FastPolling = new()
    {
        ["Delivery:EventsPollInterval"] = "00:00:00.100",
    };

    [Fact]
    public async Task Progress_events_arrive_in_order_while_the_task_runs_then_one_end_with_the_status_routes_json()
    {
        await using var app = await DownloadApp.StartAsync(FastPolling);
        app.AddVideo("events00001", "Events", 3_000_000);
        app.Media.BytesPerSecondPerRequest = 256 * 1024;
        var id = (await app.StartAsync("events00001")).GetProperty("id").GetString()!;

        var events = await ReadAllAsync(app, id);

        events.Select(e => e.EventType).Should().EndWith("end").And.ContainSingle(t => t == "end");
        events.Count(e => e.EventType == "progress").Should().BeGreaterThanOrEqualTo(3, "the transfer takes seconds and writes progress often");
        var progress = events.Select(e => JsonDocument.Parse(e.Data).RootElement.GetProperty("progress").GetDouble()).ToList();
        progress.Should().BeInAscendingOrder("progress never goes back");
        events.Select(e => e.Data).Should().OnlyHaveUniqueItems("an event is sent for a change only");
        var end = JsonDocument.Parse(events[^1].Data).RootElement;
        end.GetProperty("status").GetString().Should().Be("completed");
        using var status = await app.Http.GetAsync($"/api/downloads/{id}");
        events[^1].Data.Should().Be(await status.Content.ReadAsStringAsync(), "the data is the task exactly as GET /api/downloads/{id} shows it");
    }

    [Fact]
    public async Task A_playlist_tasks_events_follow_its_entries_to_its_end()
    {
        await using var app = await PlaylistApp.StartAsync(maxParallel: 1, settings: FastPolling);
        app.AddVideo("PlEvents001", "Uno", 512 * 1024);
        app.AddVideo("PlEvents002", "Dos", 512 * 1024);
        app.Fake.RangeBytesPerSecond = app.Fake.PlainBytesPerSecond = 512 * 1024;
        app.AddPlaylist("PLeventsList001", "Eventos", [new FakePlaylistEntry("PlEvents001"), new FakePlaylistEntry("PlEvents002")]);
        var id = (await app.StartPlaylistAsync("PLeventsList001")).GetProperty("download_id").GetString()!;

        var events = await ReadAllAsync(app.App, id);

        var progress = events.Select(e => JsonDocument.Parse(e.Data).RootElement.GetProperty("progress").GetDouble()).ToList();
        progress.Should().BeInAscendingOrder().And.Contain(p => p > 0 && p < 100, "the playlist's progress is its entries' mean as they run");
        events[^1].EventType.Should().Be("end");
        using var status = await app.Http.GetAsync($"/api/downloads/{id}");
        events[^1].Data.Should().Be(await status.Content.ReadAsStringAsync());
        JsonDocument.Parse(events[^1].Data).RootElement.GetProperty("status").GetString().Should().Be("completed");
    }

    [Fact]
    public async Task A_finished_task_answers_its_end_event_at_once()
    {
        await using var app = await DownloadApp.StartAsync(new Dictionary<string, string?> { ["Delivery:EventsPollInterval"] = "00:01:00" });
        app.AddVideo("events00002", "Done", 100_000);
        var id = (await app.StartAsync("events00002")).GetProperty("id").GetString()!;
        await app.WaitForEndAsync(id);

        using var response = await app.Http.GetAsync($"/api/downloads/{id}/events", HttpCompletionOption.ResponseHeadersRead);

        response.Content.Headers.ContentType!.MediaType.Should().Be("text/event-stream");
        response.Headers.CacheControl!.NoCache.Should().BeTrue();
        var read = ReadAllAsync(response);
        (await Task.WhenAny(read, Task.Delay(TimeSpan.FromSeconds(10)))).Should().Be(read, "no poll is needed for a finished task");
        (await read).Should().ContainSingle().Which.EventType.Should().Be("end");
    }

    [Fact]
    public async Task An_unknown_id_is_404_download_not_found()
    {
        await using var app = await DownloadApp.StartAsync();

        using var response = await app.Http.GetAsync($"/api/downloads/{Guid.CreateVersion7():D}/events");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).Should().Contain("\"code\":\"download_not_found\"");
    }

    [Fact]
    public async Task The_stream_closes_without_an_end_event_at_the_time_limit()
    {
        await using var app = await DownloadApp.StartAsync(new Dictionary<string, string?>(FastPolling) { ["Delivery:EventsMaxMinutes"] = "0.02" });
        var task = await StuckTaskAsync(app);
        var started = DateTime.UtcNow;

        var events = await ReadAllAsync(app, task.Id.ToString("D"));

        events.Select(e => e.EventType).Should().Equal("progress");
        (DateTime.UtcNow - started).Should().BeCloseTo(TimeSpan.FromSeconds(1.2), TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task The_stream_closes_when_the_task_is_removed()
    {
        await using var app = await DownloadApp.StartAsync(FastPolling);
        var task = await StuckTaskAsync(app);
        using var response = await app.Http.GetAsync($"/api/downloads/{task.Id:D}/events", HttpCompletionOption.ResponseHeadersRead);
        var read = ReadAllAsync(response);

        await Task.Delay(300);
        await app.Host.Services.GetRequiredService<DownloadTaskStore>().DeleteAsync(task.Id, CancellationToken.None);

        (await Task.WhenAny(read, Task.Delay(TimeSpan.FromSeconds(10)))).Should().Be(read);
        (await read).Select(e => e.EventType).Should().Equal("progress");
    }

    [Fact]
    public async Task A_client_that_leaves_stops_the_polling()
    {
        var counter = new StorageRequestCounter(request => request.Uri.ToString().Contains("PartitionKey", StringComparison.Ordinal));
        await using var app = await DownloadApp.StartAsync(FastPolling, counter.Register);
        var task = await StuckTaskAsync(app);
        // A client that closes its connection, as a browser tab does; HttpClient would otherwise drain the response for 2 s to reuse it.
        using var client = new HttpClient(new SocketsHttpHandler { ResponseDrainTimeout = TimeSpan.Zero }) { BaseAddress = app.Http.BaseAddress };
        var response = await client.GetAsync($"/api/downloads/{task.Id:D}/events", HttpCompletionOption.ResponseHeadersRead);
        var stream = await response.Content.ReadAsStreamAsync();
        await using (var events = SseParser.Create(stream).EnumerateAsync().GetAsyncEnumerator())
        {
            (await events.MoveNextAsync()).Should().BeTrue();
            await Task.Delay(500);
        }

        var polling = counter.Requests;
        response.Dispose();
        await Task.Delay(500);
        var afterLeaving = counter.Requests;
        await Task.Delay(1000);

        polling.Should().BeGreaterThan(2, "the stream read the task while the client listened");
        counter.Requests.Should().Be(afterLeaving, "nobody listens any more");
    }

    /// <summary>A task row that says downloading and never changes (no workflow behind it).</summary>
    private static async Task<DownloadTask> StuckTaskAsync(DownloadApp app)
    {
        var task = new DownloadTask
        {
            Id = Guid.CreateVersion7(),
            Url = "https://www.youtube.com/watch?v=stuck000000",
            VideoId = "stuck000000",
            Quality = Quality.Best,
            DownloadType = DownloadType.Video,
            Status = DownloadStatus.Downloading,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        await app.Host.Services.GetRequiredService<DownloadTaskStore>().CreateAsync(task, CancellationToken.None);
        return task;
    }

    private static async Task<List<SseItem<string>>> ReadAllAsync(DownloadApp app, string id)
    {
        using var response = await app.Http.GetAsync($"/api/downloads/{id}/events", HttpCompletionOption.ResponseHeadersRead);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return await ReadAllAsync(response);
    }

    private static async Task<List<SseItem<string>>> ReadAllAsync(HttpResponseMessage response)
    {
        var items = new List<SseItem<string>>();
        await foreach (var item in SseParser.Create(await response.Content.ReadAsStreamAsync()).EnumerateAsync())
        {
            items.Add(item);
        }

        return items;
    }
}
