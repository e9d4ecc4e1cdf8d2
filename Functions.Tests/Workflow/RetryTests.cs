using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Tests.Support;

namespace YouTubeDownloader.Tests.Workflow;

/// <summary>
/// <c>POST /api/downloads/{id}/retry</c> over HTTP: an ended task runs again under its id and completes, one row, no
/// leftover blobs; any other status is 409, an unknown id 404.
/// </summary>
public sealed class RetryTests : IAsyncLifetime
{
    private DownloadApp app = null!;

    public async Task InitializeAsync() => app = await DownloadApp.StartAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task A_task_in_error_runs_again_from_the_start_and_completes()
    {
        var expected = app.AddVideo("retryerror0", "Second time lucky", 300_000);
        app.Resolver.Refuse("retryerror0", new DownloadFailedException(DownloadErrorCode.Private, "This video is private."), times: 1);
        var started = await app.StartAsync("retryerror0");
        var id = started.GetProperty("id").GetString()!;
        (await app.WaitForEndAsync(id)).GetProperty("error_code").GetString().Should().Be("private");

        var firstRun = (await app.Host.Durable.GetInstanceAsync(id))!.CreatedAt;
        using var response = await app.Http.PostAsync($"/api/downloads/{id}/retry", null);

        response.StatusCode.Should().Be(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        (await app.Host.Durable.GetInstanceAsync(id))!.CreatedAt.Should().BeAfter(firstRun, "a new workflow runs under the same id");
        response.Headers.Location!.ToString().Should().Be($"/api/downloads/{id}");
        var retried = await response.Content.ReadFromJsonAsync<JsonElement>();
        retried.GetProperty("id").GetString().Should().Be(id);
        retried.GetProperty("status").GetString().Should().Be("pending");
        retried.GetProperty("progress").GetDouble().Should().Be(0);
        retried.GetProperty("downloaded_bytes").GetInt64().Should().Be(0);
        retried.GetProperty("error_code").ValueKind.Should().Be(JsonValueKind.Null);
        retried.GetProperty("error_message").ValueKind.Should().Be(JsonValueKind.Null);
        retried.GetProperty("completed_at").ValueKind.Should().Be(JsonValueKind.Null);
        retried.GetProperty("created_at").GetString().Should().Be(started.GetProperty("created_at").GetString());

        var task = await app.WaitForEndAsync(id);
        task.GetProperty("status").GetString().Should().Be("completed", await app.DescribeWorkflowAsync(id));
        task.GetProperty("error_code").ValueKind.Should().Be(JsonValueKind.Null);
        app.Resolver.ResolveCalls.Should().Be(2);
        (await app.Http.GetByteArrayAsync($"/api/download/{id}/file")).Should().Equal(expected);
        await ShouldHaveOneRowAndOnlyTheFileAsync(id);
    }

    [Fact]
    public async Task A_cancelled_task_runs_again_and_completes_without_the_old_blobs()
    {
        var expected = app.AddVideo("retrycancel", "Changed my mind", 1_000_000);
        app.Media.BytesPerSecondPerRequest = 100_000;
        var id = (await app.StartAsync("retrycancel")).GetProperty("id").GetString()!;
        await app.WaitForAsync(id, s => s == "downloading");
        using (var cancel = await app.Http.DeleteAsync($"/api/downloads/{id}"))
        {
            cancel.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        (await app.BlobsAfterSettlingAsync(id)).Should().BeEmpty();
        app.Media.BytesPerSecondPerRequest = null;

        using var response = await app.Http.PostAsync($"/api/downloads/{id}/retry", null);

        response.StatusCode.Should().Be(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        (await app.WaitForEndAsync(id)).GetProperty("status").GetString().Should().Be("completed", await app.DescribeWorkflowAsync(id));
        (await app.Http.GetByteArrayAsync($"/api/download/{id}/file")).Should().Equal(expected);
        await ShouldHaveOneRowAndOnlyTheFileAsync(id);
    }

    [Fact]
    public async Task A_running_or_completed_task_is_409_and_stays_as_it_is()
    {
        app.AddVideo("retrydone00", "Done", 200_000);
        var done = (await app.StartAsync("retrydone00")).GetProperty("id").GetString()!;
        (await app.WaitForEndAsync(done)).GetProperty("status").GetString().Should().Be("completed");
        app.AddVideo("retryslow00", "Slow", 2_000_000);
        app.Media.BytesPerSecondPerRequest = 100_000;
        var running = (await app.StartAsync("retryslow00")).GetProperty("id").GetString()!;

        // Wait for the state under test (the transfer running), not for a time: a loaded machine may take a while to start it.
        (await app.WaitForAsync(running, s => s is "downloading" or "processing" or "completed" or "error"))
            .GetProperty("status").GetString().Should().Be("downloading");

        foreach (var id in new[] { done, running })
        {
            using var response = await app.Http.PostAsync($"/api/downloads/{id}/retry", null);

            response.StatusCode.Should().Be(HttpStatusCode.Conflict);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            body.GetProperty("code").GetString().Should().Be("download_not_retryable");
            body.GetProperty("detail").GetString().Should().Be("Solo se puede reintentar una descarga con error o cancelada");
        }

        (await app.GetTaskAsync(done)).GetProperty("status").GetString().Should().Be("completed");
        (await app.GetTaskAsync(running)).GetProperty("status").GetString().Should().Be("downloading");
        await app.Http.DeleteAsync($"/api/downloads/{running}/remove");
        app.Media.BytesPerSecondPerRequest = null;
    }

    [Fact]
    public async Task An_unknown_id_is_404_download_not_found()
    {
        using var response = await app.Http.PostAsync($"/api/downloads/{Guid.CreateVersion7():D}/retry", null);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().Should().Be("download_not_found");
    }

    private async Task ShouldHaveOneRowAndOnlyTheFileAsync(string id)
    {
        var all = await app.Http.GetFromJsonAsync<JsonElement>("/api/downloads");
        all.EnumerateArray().Count(t => t.GetProperty("id").GetString() == id).Should().Be(1);
        (await app.BlobsOfAsync(id)).Should().Equal($"{id}/media.mp4");
    }
}
