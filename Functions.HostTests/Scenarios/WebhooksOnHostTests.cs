using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using YouTubeDownloader.HostTests.Harness;
using YouTubeDownloader.HostTests.SharedHosts;
using YouTubeDownloader.Testing.Webhooks;

namespace YouTubeDownloader.HostTests.Scenarios;

/// <summary>
/// Webhooks through the real host (Development, so a receiver on 127.0.0.1 may take plain http): the durable activities,
/// their inputs and the connection callback as the Functions runtime runs them.
/// </summary>
[Collection(nameof(ThrottledHostCollection))]
public sealed class WebhooksOnHostTests(ThrottledHost host) : IAsyncLifetime
{
    private const string Secret = ThrottledHost.WebhookSecret;
    private readonly HostTestbed testbed = host.Testbed;
    private WebhookReceiver receiver = null!;

    public async Task InitializeAsync() => receiver = await WebhookReceiver.StartAsync();

    public async Task DisposeAsync() => await receiver.DisposeAsync();

    [Fact]
    public async Task Completed_and_cancelled_tasks_are_each_delivered_once_signed_after_a_500()
    {
        var media = await HostMedia.Small;
        var completed = await StartAsync(testbed.AddVideo(media));
        await testbed.Api.WaitForEndAsync([completed], TimeSpan.FromMinutes(2));

        testbed.YouTube.RangeBytesPerSecond = 256 * 1024;
        var cancelled = await StartAsync(testbed.AddVideo(media));
        await testbed.WaitUntilAsync(
            async () => (await testbed.Api.GetTaskAsync(cancelled)).GetProperty("status").GetString() == "downloading",
            TimeSpan.FromMinutes(1),
            () => "the second task should be downloading");
        (await testbed.Http.DeleteAsync($"api/downloads/{cancelled}")).StatusCode.Should().Be(HttpStatusCode.OK);

        foreach (var (id, status) in new[] { (completed, "completed"), (cancelled, "cancelled") })
        {
            await receiver.WaitForDeliveryAsync($"{id}:{status}", TimeSpan.FromMinutes(1));
        }

        await Task.Delay(2000);
        foreach (var (id, status) in new[] { (completed, "completed"), (cancelled, "cancelled") })
        {
            var tries = receiver.Requests.Where(r => r.IdempotencyKey == $"{id}:{status}").ToList();
            tries.Select(r => r.Status).Should().Equal(500, 200);
            tries.Should().OnlyContain(r => r.IsSignedWith(Secret));
            Encoding.UTF8.GetString(tries[1].Body).Should().Be((await testbed.Api.GetTaskAsync(id)).GetRawText());
        }

        receiver.Requests.Select(r => r.IdempotencyKey).Distinct().Should().BeEquivalentTo([$"{completed}:completed", $"{cancelled}:cancelled"]);
    }

    [Fact]
    public async Task A_private_address_is_refused_at_post()
    {
        using var response = await testbed.Http.PostAsJsonAsync(
            "api/download", new { url = "https://www.youtube.com/watch?v=dQw4w9WgXcQ", callback_url = "https://169.254.169.254/metadata" });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().Should().Be("invalid_request");
    }

    private async Task<string> StartAsync(string videoId)
    {
        using var response = await testbed.Http.PostAsJsonAsync(
            "api/download", new { url = $"https://www.youtube.com/watch?v={videoId}", quality = "720p", callback_url = receiver.Url.ToString() });
        response.StatusCode.Should().Be(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("download_id").GetString()!;
    }
}
