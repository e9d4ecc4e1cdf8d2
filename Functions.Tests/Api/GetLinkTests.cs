using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using YouTubeDownloader.Delivery;
using YouTubeDownloader.Tests.Support;

namespace YouTubeDownloader.Tests.Api;

/// <summary>
/// <c>GET /api/download/{id}/link</c> and <c>GET /api/download/{id}/file?redirect=true</c> over HTTP: Azurite serves the
/// signed link with the overridden headers, refuses it once expired, and the routes answer the file route's 404s.
/// </summary>
public sealed class GetLinkTests : IAsyncLifetime
{
    private const int Length = 300_000;
    private const string Title = "Canción «rápida» 1";
    private DownloadApp app = null!;
    private byte[] expected = null!;
    private string id = null!;

    /// <summary>Fetches links straight from storage, as a browser would, without the function's base address.</summary>
    private readonly HttpClient storage = new();

    public async Task InitializeAsync()
    {
        app = await DownloadApp.StartAsync();
        expected = app.AddVideo("link0000000", Title, Length);
        id = (await app.StartAsync("link0000000")).GetProperty("id").GetString()!;
        (await app.WaitForEndAsync(id)).GetProperty("status").GetString().Should().Be("completed");
    }

    public async Task DisposeAsync()
    {
        storage.Dispose();
        await app.DisposeAsync();
    }

    [Fact]
    public async Task The_link_serves_the_exact_bytes_with_the_file_routes_headers_and_expires_in_15_minutes()
    {
        var before = DateTimeOffset.UtcNow;
        var link = await LinkAsync();
        using var file = await app.Http.GetAsync($"/api/download/{id}/file");

        using var response = await storage.GetAsync(link.Url);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsByteArrayAsync()).Should().Equal(expected);
        response.Content.Headers.ContentType!.ToString().Should().Be("video/mp4");
        response.Content.Headers.ContentDisposition!.ToString().Should().Be(file.Content.Headers.ContentDisposition!.ToString());
        response.Content.Headers.ContentDisposition.FileNameStar.Should().Be(Title + ".mp4");
        link.ExpiresAt.Should().BeCloseTo(before + TimeSpan.FromMinutes(15), TimeSpan.FromSeconds(30));
        link.Url.Query.Should().Contain("sp=r&");
    }

    [Fact]
    public async Task An_expired_link_is_refused()
    {
        // The same signer, with a clock an hour behind: the link expired 45 minutes ago.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(-1));
        var signer = new BlobLinkSigner(
            app.Host.Services.GetRequiredService<BlobServiceClient>(), Options.Create(new DeliveryOptions()), clock);
        var blob = app.Host.Container.GetBlobClient((await app.BlobsOfAsync(id)).Single(n => n.EndsWith(".mp4", StringComparison.Ordinal)));
        var expired = await signer.SignAsync(blob, "attachment", "video/mp4", CancellationToken.None);
        var fresh = await new BlobLinkSigner(
            app.Host.Services.GetRequiredService<BlobServiceClient>(), Options.Create(new DeliveryOptions()), TimeProvider.System)
            .SignAsync(blob, "attachment", "video/mp4", CancellationToken.None);

        using var refused = await storage.GetAsync(expired.Url);
        using var served = await storage.GetAsync(fresh.Url);

        refused.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        served.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Redirect_true_answers_302_to_a_working_link()
    {
        using var noRedirects = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.Http.BaseAddress };

        using var response = await noRedirects.GetAsync($"/api/download/{id}/file?redirect=true");

        response.StatusCode.Should().Be(HttpStatusCode.Found);
        using var followed = await storage.GetAsync(response.Headers.Location);
        followed.StatusCode.Should().Be(HttpStatusCode.OK);
        (await followed.Content.ReadAsByteArrayAsync()).Should().Equal(expected);
        followed.Content.Headers.ContentDisposition!.FileNameStar.Should().Be(Title + ".mp4");
    }

    [Theory]
    [InlineData("link")]
    [InlineData("file?redirect=true")]
    public async Task A_completed_task_whose_blob_is_gone_is_404_file_missing(string route)
    {
        foreach (var name in await app.BlobsOfAsync(id))
        {
            await app.Host.Container.DeleteBlobAsync(name);
        }

        using var response = await app.Http.GetAsync($"/api/download/{id}/{route}");

        await ShouldBeErrorAsync(response, "Archivo físico no encontrado", "file_missing");
    }

    [Theory]
    [InlineData("00000000-0000-0000-0000-000000000000", "link")]
    [InlineData("not-a-uuid", "link")]
    [InlineData("..%2F..%2Fetc%2Fpasswd", "link")]
    [InlineData("00000000-0000-0000-0000-000000000000", "file?redirect=true")]
    [InlineData("not-a-uuid", "file?redirect=true")]
    public async Task An_unknown_id_is_404_descarga_no_disponible(string unknown, string route)
    {
        using var response = await app.Http.GetAsync($"/api/download/{unknown}/{route}");

        await ShouldBeErrorAsync(response, "Descarga no disponible o no completada", "download_not_ready");
    }

    [Fact]
    public async Task A_task_not_completed_yet_is_404_descarga_no_disponible()
    {
        app.AddVideo("slowlink000", "Slow", 2_000_000);
        app.Media.BytesPerSecondPerRequest = 100_000;
        var running = (await app.StartAsync("slowlink000")).GetProperty("id").GetString()!;

        using var link = await app.Http.GetAsync($"/api/download/{running}/link");
        using var redirect = await app.Http.GetAsync($"/api/download/{running}/file?redirect=true");

        await ShouldBeErrorAsync(link, "Descarga no disponible o no completada", "download_not_ready");
        await ShouldBeErrorAsync(redirect, "Descarga no disponible o no completada", "download_not_ready");
        await app.Http.DeleteAsync($"/api/downloads/{running}/remove");
    }

    private async Task<(Uri Url, DateTimeOffset ExpiresAt)> LinkAsync()
    {
        using var response = await app.Http.GetAsync($"/api/download/{id}/link");
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (new Uri(body.GetProperty("url").GetString()!),
            DateTimeOffset.Parse(body.GetProperty("expires_at").GetString()!, CultureInfo.InvariantCulture));
    }

    private static async Task ShouldBeErrorAsync(HttpResponseMessage response, string detail, string code)
    {
        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("detail").GetString().Should().Be(detail);
        body.GetProperty("code").GetString().Should().Be(code);
    }
}
