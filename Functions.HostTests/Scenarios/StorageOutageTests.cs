using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using YouTubeDownloader.HostTests.Harness;

namespace YouTubeDownloader.HostTests.Scenarios;

/// <summary>Storage goes away while clients call: the app answers its own coded error, and serves again once storage is back.</summary>
public sealed class StorageOutageTests : IAsyncLifetime
{
    private HostTestbed testbed = null!;

    public async Task InitializeAsync() => testbed = await HostTestbed.StartAsync();

    public async Task DisposeAsync() => await testbed.DisposeAsync();

    [Fact]
    public async Task Calls_during_the_outage_get_a_coded_json_error_and_the_app_recovers()
    {
        var media = await HostMedia.Small;
        var before = await testbed.Api.StartDownloadAsync(testbed.AddVideo(media));
        (await testbed.Api.WaitForEndAsync([before], TimeSpan.FromMinutes(2)))[before].GetProperty("status").GetString().Should().Be("completed");

        await testbed.Storage.StopAsync();
        var calls = new (string Name, Func<Task<HttpResponseMessage>> Send)[]
        {
            ("GET /api/downloads", () => testbed.Http.GetAsync("api/downloads")),
            ("GET /api/downloads/{id}", () => testbed.Http.GetAsync($"api/downloads/{before}")),
            ("GET /api/download/{id}/file", () => testbed.Http.GetAsync($"api/download/{before}/file")),
            ("POST /api/download", () => testbed.Http.PostAsJsonAsync("api/download", new { url = "https://youtu.be/" + testbed.AddVideo(media), quality = "720p" })),
        };
        foreach (var (name, send) in calls)
        {
            using var response = await send();
            var body = await response.Content.ReadAsStringAsync();
            response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable, $"{name} while storage is down: {body}");
            response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
            JsonDocument.Parse(body).RootElement.GetProperty("code").GetString().Should().Be("storage_error", name);
        }

        await testbed.Storage.RestartAsync();
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while ((await testbed.Http.GetAsync("api/downloads")).StatusCode != HttpStatusCode.OK)
        {
            DateTime.UtcNow.Should().BeBefore(deadline, "the app serves again once storage is back. " + testbed.Host.Describe());
            await Task.Delay(500);
        }

        var after = await testbed.Api.StartDownloadAsync(testbed.AddVideo(media));
        var task = (await testbed.Api.WaitForEndAsync([after], TimeSpan.FromMinutes(3)))[after];
        task.GetProperty("status").GetString().Should().Be("completed", $"downloads run again after the outage: {task}\n{testbed.Host.Describe()}");
    }
}
