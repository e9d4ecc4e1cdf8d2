using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using YouTubeDownloader.Tests.Support;

namespace YouTubeDownloader.Tests.Api;

/// <summary><c>GET|HEAD /api/download/{id}/file</c> over HTTP: ranges, validators, names, and the 404s.</summary>
public sealed class GetFileTests : IAsyncLifetime
{
    private const int Length = 700_000;
    private DownloadApp app = null!;
    private byte[] expected = null!;
    private string id = null!;

    public async Task InitializeAsync()
    {
        app = await DownloadApp.StartAsync();
        expected = app.AddVideo("file0000000", "Plain title", Length);
        id = (await app.StartAsync("file0000000")).GetProperty("id").GetString()!;
        (await app.WaitForEndAsync(id)).GetProperty("status").GetString().Should().Be("completed");
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Theory]
    [InlineData("bytes=0-0", 0, 0)]
    [InlineData("bytes=699999-699999", 699_999, 699_999)]
    [InlineData("bytes=-100", 699_900, 699_999)]
    [InlineData("bytes=1000-", 1000, 699_999)]
    [InlineData("bytes=500000-999999", 500_000, 699_999)]
    public async Task A_satisfiable_range_gets_206_with_exactly_those_bytes(string range, long from, long to)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/download/{id}/file");
        request.Headers.Range = RangeHeaderValue.Parse(range);
        using var response = await app.Http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.PartialContent);
        response.Content.Headers.ContentRange!.ToString().Should().Be($"bytes {from}-{to}/{Length}");
        (await response.Content.ReadAsByteArrayAsync()).Should().Equal(expected[(int)from..(int)(to + 1)]);
    }

    [Fact]
    public async Task A_range_beyond_the_end_gets_416_with_the_length()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/download/{id}/file");
        request.Headers.Range = new RangeHeaderValue(Length, Length + 10);
        using var response = await app.Http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.RequestedRangeNotSatisfiable);
        response.Content.Headers.ContentRange!.ToString().Should().Be($"bytes */{Length}");
    }

    [Fact]
    public async Task Several_ranges_are_answered_with_the_whole_file()
    {
        // ASP.NET Core serves single ranges only (RFC 9110 §14.2 lets a server ignore Range).
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/download/{id}/file");
        request.Headers.Range = RangeHeaderValue.Parse("bytes=0-9,20-29");
        using var response = await app.Http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsByteArrayAsync()).Should().Equal(expected);
    }

    [Fact]
    public async Task If_none_match_with_the_etag_gets_304_and_last_modified_is_sent()
    {
        using var first = await app.Http.GetAsync($"/api/download/{id}/file");
        first.Content.Headers.LastModified.Should().NotBeNull();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/download/{id}/file");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var response = await app.Http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.NotModified);
        (await response.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task Head_describes_the_file_without_a_body()
    {
        using var response = await app.Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, $"/api/download/{id}/file"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentLength.Should().Be(Length);
        response.Content.Headers.ContentType!.MediaType.Should().Be("video/mp4");
        response.Content.Headers.ContentDisposition!.FileNameStar.Should().Be("Plain title.mp4");
        (await response.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task A_completed_task_whose_blob_is_gone_is_404_archivo_fisico_no_encontrado()
    {
        await foreach (var blob in app.Host.Container.GetBlobsAsync(new Azure.Storage.Blobs.Models.GetBlobsOptions { Prefix = id }))
        {
            await app.Host.Container.DeleteBlobAsync(blob.Name);
        }

        using var response = await app.Http.GetAsync($"/api/download/{id}/file");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("detail").GetString().Should().Be("Archivo físico no encontrado");
        body.GetProperty("code").GetString().Should().Be("file_missing");
    }

    [Theory]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData("not-a-uuid")]
    [InlineData("..%2F..%2Fetc%2Fpasswd")]
    public async Task An_unknown_id_is_404_descarga_no_disponible(string unknown)
    {
        using var response = await app.Http.GetAsync($"/api/download/{unknown}/file");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("detail").GetString().Should().Be("Descarga no disponible o no completada");
        body.GetProperty("code").GetString().Should().Be("download_not_ready");
    }

    [Fact]
    public async Task A_task_not_completed_yet_is_404_descarga_no_disponible()
    {
        app.AddVideo("slow0000000", "Slow", 2_000_000);
        app.Media.BytesPerSecondPerRequest = 100_000;
        var running = (await app.StartAsync("slow0000000")).GetProperty("id").GetString()!;

        using var response = await app.Http.GetAsync($"/api/download/{running}/file");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()
            .Should().Be("Descarga no disponible o no completada");
        await app.Http.DeleteAsync($"/api/downloads/{running}/remove");
    }
}
