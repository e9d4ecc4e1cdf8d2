using System.Diagnostics;
using System.Net;
using System.Net.ServerSentEvents;
using System.Text.Json;
using YouTubeDownloader.HostTests.Harness;
using YouTubeDownloader.HostTests.SharedHosts;

namespace YouTubeDownloader.HostTests.Scenarios;

/// <summary>
/// <c>GET /api/downloads/{id}/events</c> through the real host, whose proxy sits between the client and the worker: each event
/// must reach the client as it is written, not when the response ends.
/// </summary>
[Collection(nameof(ThrottledHostCollection))]
public sealed class EventsOnHostTests(ThrottledHost host)
{
    private readonly HostTestbed testbed = host.Testbed;

    [Fact]
    public async Task Progress_events_arrive_while_the_download_runs_in_order_and_the_stream_ends_after_end()
    {
        var media = await HostMedia.Small;
        testbed.YouTube.RangeBytesPerSecond = 256 * 1024;
        var id = await testbed.Api.StartDownloadAsync(testbed.AddVideo(media));

        using var response = await testbed.Http.GetAsync($"api/downloads/{id}/events", HttpCompletionOption.ResponseHeadersRead);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/event-stream");
        var clock = Stopwatch.StartNew();
        var events = new List<(TimeSpan At, string Type, JsonElement Task)>();
        await foreach (var item in SseParser.Create(await response.Content.ReadAsStreamAsync()).EnumerateAsync())
        {
            events.Add((clock.Elapsed, item.EventType, JsonDocument.Parse(item.Data).RootElement.Clone()));
        }

        var progress = events.Where(e => e.Type == "progress").ToList();
        events.Select(e => e.Type).Should().EndWith("end").And.ContainSingle(t => t == "end", "the stream closes after its end event");
        progress.Should().HaveCountGreaterThanOrEqualTo(4, "the transfer runs for seconds, writing progress every 0.5 s");
        progress.Select(e => e.Task.GetProperty("progress").GetDouble()).Should().BeInAscendingOrder();
        progress.Select(e => e.Task.GetProperty("downloaded_bytes").GetInt64()).Should().BeInAscendingOrder();
        events[^1].Task.GetProperty("status").GetString().Should().Be("completed");
        events[^1].At.Should().BeGreaterThan(
            progress[0].At + TimeSpan.FromSeconds(3), "the first events reached the client while the download ran, not with the end");
        progress.Count(e => e.At < events[^1].At - TimeSpan.FromSeconds(1)).Should().BeGreaterThanOrEqualTo(
            3, "events arrive one by one as they are written");
        (await testbed.Api.GetTaskAsync(id)).ToString().Should().Be(events[^1].Task.ToString());
    }

    [Fact]
    public async Task A_finished_task_answers_end_at_once_and_unknown_ids_404()
    {
        var id = await testbed.Api.StartDownloadAsync(testbed.AddVideo(await HostMedia.Small));
        await testbed.Api.PollListUntilEndedAsync(id, TimeSpan.FromMinutes(2));

        var body = await testbed.Http.GetStringAsync($"api/downloads/{id}/events");

        body.Should().StartWith("event: end\ndata: {").And.EndWith("}\n\n");
        (await testbed.Http.GetAsync($"api/downloads/{Guid.CreateVersion7():D}/events")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await testbed.Http.GetAsync("api/downloads/not-an-id/events")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
