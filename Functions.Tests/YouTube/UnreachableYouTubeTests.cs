using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Testing;
using YouTubeDownloader.Testing.FakeYouTube;
using YouTubeDownloader.Tests.Support;

namespace YouTubeDownloader.Tests.YouTube;

/// <summary>
/// YouTube unreachable (its address a loopback port nothing listens on: the connection is refused) is one code and one
/// text on every route: 503 on the synchronous ones, the task's end on a download, after its attempts, which a poller sees.
/// </summary>
public sealed class UnreachableYouTubeTests : IAsyncLifetime
{
    private static readonly string Text = Texts.Of(DownloadErrorCode.SourceUnreachable);
    private FakeYouTubeServer fake = null!;
    private DownloadApp app = null!;

    public async Task InitializeAsync()
    {
        fake = await FakeYouTubeServer.StartAsync();
        (app, _) = await FakeYouTubeApp.StartAsync(fake, new Dictionary<string, string?>
        {
            ["YouTube:ApiBaseAddress"] = $"http://127.0.0.1:{LoopbackPort.Free()}/",
            ["Workflow:MaxActivityAttempts"] = "3",
            // Long enough for a poller to see each wait; the test waits for states, not for this.
            ["Workflow:FirstRetryInterval"] = "00:00:01",
        });
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await fake.DisposeAsync();
    }

    public static TheoryData<string, string, string?> Routes() => new()
    {
        { "POST", "/api/info", """{"url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ"}""" },
        { "POST", "/api/info", """{"url": "https://www.youtube.com/playlist?list=PLrAXtmErZgOeiKm4sgNOknGvNjby9efdf"}""" },
        { "GET", "/api/search?q=lofi", null },
        { "GET", "/api/search?q=https%3A%2F%2Fyoutu.be%2FdQw4w9WgXcQ", null },
        { "GET", "/api/trending", null },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task A_synchronous_route_answers_503_source_unreachable_with_the_one_text(string method, string path, string? body)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null)
        {
            request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        }

        using var response = await app.Http.SendAsync(request);
        var error = await response.Content.ReadFromJsonAsync<JsonElement>();

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable, error.ToString());
        error.GetProperty("code").GetString().Should().Be("source_unreachable");
        error.GetProperty("detail").GetString().Should().Be(Text);
    }

    [Fact]
    public async Task A_download_shows_its_attempts_while_it_waits_then_ends_with_the_same_code_and_text()
    {
        using var started = await app.Http.PostAsJsonAsync("/api/download", new { url = "https://www.youtube.com/watch?v=dQw4w9WgXcQ" });
        var id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        // A poller sees why the task has not moved, before it ends.
        var waiting = await WaitForAttemptAsync(id);
        waiting.GetProperty("status").GetString().Should().Be("pending");
        waiting.GetProperty("last_error").GetProperty("code").GetString().Should().Be("source_unreachable");
        waiting.GetProperty("last_error").GetProperty("message").GetString().Should().Be(Text);
        waiting.GetProperty("error_code").ValueKind.Should().Be(JsonValueKind.Null);

        var task = await app.WaitForEndAsync(id);
        task.GetProperty("status").GetString().Should().Be("error");
        task.GetProperty("error_code").GetString().Should().Be("source_unreachable");
        task.GetProperty("error_message").GetString().Should().Be(Text);
        task.GetProperty("attempt").ValueKind.Should().Be(JsonValueKind.Null, "the end replaces the wait");
        task.GetProperty("last_error").ValueKind.Should().Be(JsonValueKind.Null);
    }

    private async Task<JsonElement> WaitForAttemptAsync(string id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var task = await app.GetTaskAsync(id);
            if (task.GetProperty("attempt").ValueKind == JsonValueKind.Number)
            {
                task.GetProperty("attempt").GetInt32().Should().BeInRange(2, 3);
                return task;
            }

            task.GetProperty("status").GetString().Should().NotBe("error", "the task must show its attempts before it ends: {0}", task);
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Task {id} never showed an attempt: {task}");
            }

            await Task.Delay(100);
        }
    }
}
