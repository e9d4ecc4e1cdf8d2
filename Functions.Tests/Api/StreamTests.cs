using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Azure.Data.Tables;
using YouTubeDownloader.Tests.Support;

namespace YouTubeDownloader.Tests.Api;

/// <summary>
/// <c>GET|HEAD /api/stream/{id or filename}</c> over HTTP: the file route's ranges and validators with
/// <c>Content-Disposition: inline</c>, and a file name picking the most recent completed task with that name.
/// </summary>
public sealed class StreamTests : IAsyncLifetime
{
    private const int Length = 300_000;
    private const string Title = "Canción en vivo";
    private const string FileName = "Canción en vivo.mp4";
    private DownloadApp app = null!;
    private byte[] older = null!;
    private byte[] newer = null!;
    private string olderId = null!;
    private string newerId = null!;

    public async Task InitializeAsync()
    {
        app = await DownloadApp.StartAsync();
        older = app.AddVideo("stream00001", Title, Length, seed: 1);
        newer = app.AddVideo("stream00002", Title, Length, seed: 2);
        olderId = await CompleteAsync("stream00001");
        newerId = await CompleteAsync("stream00002");
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task By_id_the_file_is_inline_with_its_names_etag_and_ranges_accepted()
    {
        using var response = await app.Http.GetAsync($"/api/stream/{olderId}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var disposition = response.Content.Headers.ContentDisposition!;
        disposition.DispositionType.Should().Be("inline");
        disposition.FileNameStar.Should().Be(FileName);
        response.Content.Headers.ContentType!.MediaType.Should().Be("video/mp4");
        response.Headers.AcceptRanges.Should().Contain("bytes");
        response.Headers.ETag.Should().NotBeNull();
        (await response.Content.ReadAsByteArrayAsync()).Should().Equal(older);
    }

    [Fact]
    public async Task A_range_gets_206_with_exactly_those_bytes()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/stream/{olderId}");
        request.Headers.Range = new RangeHeaderValue(1000, 1999);
        using var response = await app.Http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.PartialContent);
        response.Content.Headers.ContentRange!.ToString().Should().Be($"bytes 1000-1999/{Length}");
        (await response.Content.ReadAsByteArrayAsync()).Should().Equal(older[1000..2000]);
    }

    [Fact]
    public async Task If_none_match_gets_304_and_head_sends_no_body()
    {
        using var first = await app.Http.GetAsync($"/api/stream/{olderId}");
        using var conditional = new HttpRequestMessage(HttpMethod.Get, $"/api/stream/{olderId}");
        conditional.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var notModified = await app.Http.SendAsync(conditional);
        using var head = await app.Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, $"/api/stream/{olderId}"));

        notModified.StatusCode.Should().Be(HttpStatusCode.NotModified);
        head.StatusCode.Should().Be(HttpStatusCode.OK);
        head.Content.Headers.ContentLength.Should().Be(Length);
        head.Content.Headers.ContentDisposition!.DispositionType.Should().Be("inline");
        (await head.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task By_file_name_the_most_recent_completed_task_with_that_name_is_served()
    {
        using var response = await app.Http.GetAsync($"/api/stream/{Uri.EscapeDataString(FileName)}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.DispositionType.Should().Be("inline");
        (await response.Content.ReadAsByteArrayAsync()).Should().Equal(newer);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/stream/{Uri.EscapeDataString(FileName)}");
        request.Headers.Range = new RangeHeaderValue(0, 9);
        using var ranged = await app.Http.SendAsync(request);
        (await ranged.Content.ReadAsByteArrayAsync()).Should().Equal(newer[..10]);
    }

    [Fact]
    public async Task Removing_the_newest_makes_the_name_serve_the_one_before_and_drops_its_index_entry()
    {
        (await app.Http.DeleteAsync($"/api/downloads/{newerId}/remove")).StatusCode.Should().Be(HttpStatusCode.OK);

        using var response = await app.Http.GetAsync($"/api/stream/{Uri.EscapeDataString(FileName)}");

        (await response.Content.ReadAsByteArrayAsync()).Should().Equal(older);
        var entries = await IndexEntriesAsync();
        entries.Should().ContainSingle().Which.Should().Be(olderId);
    }

    [Fact]
    public async Task A_name_whose_file_blob_is_gone_is_404_file_missing()
    {
        await foreach (var blob in app.Host.Container.GetBlobsAsync(new Azure.Storage.Blobs.Models.GetBlobsOptions { Prefix = newerId + "/" }))
        {
            await app.Host.Container.DeleteBlobAsync(blob.Name);
        }

        await AssertNotFoundAsync($"/api/stream/{Uri.EscapeDataString(FileName)}", "file_missing");
    }

    [Theory]
    [InlineData("Nothing with this name.mp4")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData("canción en vivo.mp4")]
    public async Task An_unknown_id_or_name_is_404_download_not_ready(string idOrName) =>
        await AssertNotFoundAsync($"/api/stream/{Uri.EscapeDataString(idOrName)}", "download_not_ready");

    [Fact]
    public async Task An_over_long_name_is_404_without_a_lookup() =>
        await AssertNotFoundAsync($"/api/stream/{new string('x', 300)}.mp4", "download_not_ready");

    private async Task<string> CompleteAsync(string videoId)
    {
        var id = (await app.StartAsync(videoId)).GetProperty("id").GetString()!;
        (await app.WaitForEndAsync(id)).GetProperty("status").GetString().Should().Be("completed");
        return id;
    }

    private async Task<List<string>> IndexEntriesAsync()
    {
        var table = app.Host.Table.Name + "files";
        var client = new TableServiceClient((await YouTubeDownloader.Testing.AzuriteServer.Shared).ConnectionString).GetTableClient(table);
        var ids = new List<string>();
        await foreach (var entity in client.QueryAsync<TableEntity>())
        {
            ids.Add(entity.GetString("TaskId"));
        }

        return ids;
    }

    private async Task AssertNotFoundAsync(string url, string code)
    {
        using var response = await app.Http.GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        body.RootElement.GetProperty("code").GetString().Should().Be(code);
    }
}
