using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Testing.FakeYouTube;
using YouTubeDownloader.Testing.Webhooks;
using YouTubeDownloader.Tests.Playlists;
using YouTubeDownloader.Tests.Support;
using YouTubeDownloader.Webhooks;

namespace YouTubeDownloader.Tests.Webhooks;

/// <summary>
/// Webhooks end to end, over HTTP with the workflow running: a receiver on 127.0.0.1 (Development) gets one verified delivery
/// per end (completed, error, cancelled) after a 500 made it retry; refused callbacks never open a connection.
/// </summary>
public sealed class WebhookDeliveryTests
{
    private const string Secret = "webhook-test-secret";

    [Fact]
    public async Task A_completed_task_is_delivered_once_signed_after_one_500()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var app = await StartAppAsync("Development");
        app.AddVideo("hookdone001", "Hook done", 200_000);

        var id = await StartAsync(app, "hookdone001", receiver.Url.ToString());
        var task = await app.WaitForEndAsync(id);

        task.GetProperty("status").GetString().Should().Be("completed");
        task.TryGetProperty("callback_url", out _).Should().BeFalse("the task JSON does not show the callback");
        await AssertDeliveredOnceAsync(app, receiver, id, "completed");
    }

    [Fact]
    public async Task A_failed_task_is_delivered_once_with_its_error()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var app = await StartAppAsync("Development");
        app.Resolver.Refuse("hookerror01", new DownloadFailedException(DownloadErrorCode.Private, "This video is private."));

        var id = await StartAsync(app, "hookerror01", receiver.Url.ToString());
        (await app.WaitForEndAsync(id)).GetProperty("status").GetString().Should().Be("error");

        var body = await AssertDeliveredOnceAsync(app, receiver, id, "error");
        body.GetProperty("error_code").GetString().Should().Be("private");
    }

    [Fact]
    public async Task A_cancelled_task_is_delivered_once_though_the_cancel_stops_its_workflow()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var app = await StartAppAsync("Development");
        app.AddVideo("hookcancel1", "Hook cancel", 3_000_000);
        app.Media.BytesPerSecondPerRequest = 100_000;

        var id = await StartAsync(app, "hookcancel1", receiver.Url.ToString());
        await app.WaitForAsync(id, s => s == "downloading");
        (await app.Http.DeleteAsync($"/api/downloads/{id}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await app.Http.DeleteAsync($"/api/downloads/{id}")).StatusCode.Should().Be(HttpStatusCode.Conflict, "a second cancel ends nothing");

        await AssertDeliveredOnceAsync(app, receiver, id, "cancelled");
        receiver.Requests.Select(r => r.IdempotencyKey).Distinct().Should().Equal($"{id}:cancelled");
    }

    [Fact]
    public async Task A_retried_task_keeps_its_callback_and_tells_each_end()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var app = await StartAppAsync("Development");
        app.AddVideo("hookretry01", "Hook retry", 100_000);
        app.Resolver.Refuse("hookretry01", new DownloadFailedException(DownloadErrorCode.Private, "This video is private."), times: 1);
        var id = await StartAsync(app, "hookretry01", receiver.Url.ToString());
        await app.WaitForEndAsync(id);
        await receiver.WaitForDeliveryAsync($"{id}:error", TimeSpan.FromSeconds(30));

        (await app.Http.PostAsync($"/api/downloads/{id}/retry", null)).StatusCode.Should().Be(HttpStatusCode.Accepted);

        (await app.WaitForAsync(id, s => s == "completed")).GetProperty("status").GetString().Should().Be("completed");
        await AssertDeliveredOnceAsync(app, receiver, id, "completed");
        receiver.Requests.Where(r => r.IdempotencyKey == $"{id}:error").Select(r => r.Status).Should().Equal(500, 200);
    }

    [Theory]
    [InlineData("https://10.0.0.1:{port}/hook")]
    [InlineData("https://169.254.169.254/latest/meta-data/")]
    [InlineData("https://localhost:{port}/hook")]
    [InlineData("https://rebound.example.com:{port}/hook")]
    [InlineData("http://127.0.0.1:{port}/hook")]
    public async Task Forbidden_callbacks_are_400_before_any_connection_and_start_nothing(string url)
    {
        using var port = new ConnectionCounter();
        var dns = new FakeHostResolver().Answer("rebound.example.com", "127.0.0.1");
        await using var app = await StartAppAsync("Production", dns);
        app.AddVideo("hookssrf001", "SSRF", 100_000);

        using var response = await PostAsync(app, "hookssrf001", url.Replace("{port}", port.Port.ToString()));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var error = await response.Content.ReadFromJsonAsync<JsonElement>();
        error.GetProperty("code").GetString().Should().Be("invalid_request");
        error.GetProperty("detail").GetString().Should().Contain("'callback_url'");
        (await app.Http.GetFromJsonAsync<JsonElement>("/api/downloads")).GetArrayLength().Should().Be(0, "no task was created");
        await Task.Delay(200);
        port.Connections.Should().Be(0);
    }

    [Fact]
    public async Task A_name_that_resolves_elsewhere_at_delivery_is_refused_there_without_connecting()
    {
        using var port = new ConnectionCounter();
        var dns = new FakeHostResolver().Answer("hooks.example.com", "203.0.113.10");
        await using var app = await StartAppAsync("Production", dns);
        app.AddVideo("hookrebind1", "Rebinding", 100_000);

        using var response = await PostAsync(app, "hookrebind1", $"https://hooks.example.com:{port.Port}/hook");
        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        dns.Answer("hooks.example.com", "127.0.0.1");
        var asked = dns.Questions;

        (await app.WaitForEndAsync(id)).GetProperty("status").GetString().Should().Be("completed", "a webhook never changes the task's end");
        var workflow = await app.Host.Durable.WaitForInstanceCompletionAsync(id);

        workflow.RuntimeStatus.Should().Be(Microsoft.DurableTask.Client.OrchestrationRuntimeStatus.Completed);
        dns.Questions.Should().Be(asked + 2, "each of the 2 attempts checked the name again");
        port.Connections.Should().Be(0);
    }

    [Fact]
    public async Task Without_a_secret_a_callback_is_refused()
    {
        await using var app = await DownloadApp.StartAsync(new Dictionary<string, string?> { ["AZURE_FUNCTIONS_ENVIRONMENT"] = "Development" });
        app.AddVideo("hooknosec01", "No secret", 100_000);

        using var response = await PostAsync(app, "hooknosec01", "http://127.0.0.1:9/hook");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("no tiene webhooks configurados");
    }

    [Fact]
    public async Task A_playlist_tells_its_callback_once_when_it_ends_and_its_entries_tell_nothing()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var app = await PlaylistApp.StartAsync(settings: Settings("Development"));
        app.AddVideo("PlHookVid01", "Uno");
        app.AddVideo("PlHookVid02", "Dos");
        app.AddPlaylist("PLhookPlaylist1", "Lista avisada", [new FakePlaylistEntry("PlHookVid01"), new FakePlaylistEntry("PlHookVid02")]);

        var (response, started) = await app.PostAsync(
            new { url = "https://www.youtube.com/playlist?list=PLhookPlaylist1", quality = "360p", callback_url = receiver.Url.ToString() });
        response.StatusCode.Should().Be(HttpStatusCode.Accepted, started.ToString());
        var id = started.GetProperty("download_id").GetString()!;
        (await app.App.WaitForEndAsync(id, TimeSpan.FromSeconds(60))).GetProperty("status").GetString().Should().Be("completed");

        var body = await AssertDeliveredOnceAsync(app.App, receiver, id, "completed");
        body.GetProperty("is_playlist").GetBoolean().Should().BeTrue();
        body.GetProperty("playlist_total").GetInt32().Should().Be(2);
        body.GetProperty("progress").GetDouble().Should().Be(100);
        receiver.Requests.Should().OnlyContain(r => r.IdempotencyKey == $"{id}:completed", "entries have no callback of their own");
    }

    /// <summary>The one 2xx delivery of <paramref name="status"/>, its 500 before it, both the same signed bytes, and nothing after.</summary>
    private static async Task<JsonElement> AssertDeliveredOnceAsync(DownloadApp app, WebhookReceiver receiver, string id, string status)
    {
        var key = $"{id}:{status}";
        var tries = await receiver.WaitForDeliveryAsync(key, TimeSpan.FromSeconds(30));
        await Task.Delay(1000);
        tries = receiver.Requests.Where(r => r.IdempotencyKey == key).ToList();

        tries.Select(r => r.Status).Should().Equal(500, 200);
        tries[1].Body.Should().Equal(tries[0].Body, "a retry sends the same bytes");
        tries[1].ContentType.Should().Be("application/json; charset=utf-8");
        tries.Should().OnlyContain(r => r.IsSignedWith(Secret));
        tries.Should().NotContain(r => r.IsSignedWith(Secret + "x"), "the check can fail");
        using var current = await app.Http.GetAsync($"/api/downloads/{id}");
        Encoding.UTF8.GetString(tries[1].Body).Should().Be(await current.Content.ReadAsStringAsync(), "the body is the task JSON");
        return JsonDocument.Parse(tries[1].Body).RootElement;
    }

    private static Dictionary<string, string?> Settings(string environment) => new()
    {
        ["AZURE_FUNCTIONS_ENVIRONMENT"] = environment,
        ["Webhooks:Secret"] = Secret,
        ["Webhooks:MaxAttempts"] = "2",
        ["Webhooks:FirstRetryInterval"] = "00:00:00.200",
    };

    private static Task<DownloadApp> StartAppAsync(string environment, FakeHostResolver? dns = null) =>
        DownloadApp.StartAsync(
            Settings(environment),
            services =>
            {
                if (dns is not null)
                {
                    services.AddSingleton<IHostResolver>(dns);
                }
            });

    private static async Task<string> StartAsync(DownloadApp app, string videoId, string callback)
    {
        using var response = await PostAsync(app, videoId, callback);
        response.StatusCode.Should().Be(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static Task<HttpResponseMessage> PostAsync(DownloadApp app, string videoId, string callback) =>
        app.Http.PostAsJsonAsync("/api/download", new { url = $"https://www.youtube.com/watch?v={videoId}", callback_url = callback });
}
