using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using YouTubeDownloader.Tests.Support;

namespace YouTubeDownloader.Tests.Api;

/// <summary>The flow of the original API's "Get File" page, step by step, over HTTP.</summary>
public sealed class SeedFlowTests
{
    [Fact]
    public async Task Post_poll_the_list_then_fetch_the_file_as_the_seed_documents()
    {
        await using var app = await DownloadApp.StartAsync();
        var expected = app.AddVideo("dQw4w9WgXcQ", "Rick Astley - Never Gonna Give You Up", 3_000_000);

        // Step 1: start the download.
        using var post = await app.Http.PostAsJsonAsync(
            "/api/download", new { url = "https://www.youtube.com/watch?v=dQw4w9WgXcQ", quality = "720p" });
        post.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var started = await post.Content.ReadFromJsonAsync<JsonElement>();
        var id = started.GetProperty("download_id").GetString()!;
        Guid.TryParseExact(id, "D", out _).Should().BeTrue();
        started.GetProperty("id").GetString().Should().Be(id);
        started.GetProperty("status").GetString().Should().Be("pending");
        started.GetProperty("quality").GetString().Should().Be("720p");
        post.Headers.Location!.ToString().Should().Be($"/api/downloads/{id}");

        // Step 2: poll the list, as `jq '.[] | select(.id==$ID) | .status'` does.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        string? status = null;
        while (status != "completed")
        {
            DateTime.UtcNow.Should().BeBefore(deadline, $"the task should complete; last status {status}, {await app.DescribeWorkflowAsync(id)}");
            var list = await app.Http.GetFromJsonAsync<JsonElement>("/api/downloads");
            list.ValueKind.Should().Be(JsonValueKind.Array);
            status = list.EnumerateArray().Single(t => t.GetProperty("id").GetString() == id).GetProperty("status").GetString();
            status.Should().NotBe("error");
            await Task.Delay(100);
        }

        // Step 3: the file, as `curl -O -J` takes it.
        using var file = await app.Http.GetAsync($"/api/download/{id}/file");
        file.StatusCode.Should().Be(HttpStatusCode.OK);
        (await file.Content.ReadAsByteArrayAsync()).Should().Equal(expected);
        file.Content.Headers.ContentType!.MediaType.Should().Be("video/mp4");
        file.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        file.Content.Headers.ContentDisposition.FileNameStar.Should().Be("Rick Astley - Never Gonna Give You Up.mp4");
        // The seed's JavaScript: headers.get('content-disposition').split('filename=')[1].replace(/"/g, '')
        var disposition = file.Content.Headers.GetValues("Content-Disposition").Single();
        disposition.Split("filename=")[1].Replace("\"", "").Should().Be("Rick Astley - Never Gonna Give You Up.mp4");
        file.Headers.AcceptRanges.Should().Contain("bytes");
        file.Headers.ETag.Should().NotBeNull();

        var done = await app.GetTaskAsync(id);
        done.GetProperty("progress").GetDouble().Should().Be(100);
        done.GetProperty("filesize").GetInt64().Should().Be(expected.Length);
        done.GetProperty("filename").GetString().Should().Be("Rick Astley - Never Gonna Give You Up.mp4");
        done.GetProperty("title").GetString().Should().Be("Rick Astley - Never Gonna Give You Up");
        done.GetProperty("content_type").GetString().Should().Be("video/mp4");
        done.GetProperty("completed_at").GetString().Should().EndWith("Z");
        done.GetProperty("error_message").ValueKind.Should().Be(JsonValueKind.Null);
    }
}
