using Xunit.Abstractions;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using YouTubeDownloader.Testing;
using YouTubeDownloader.Tests.Support;

namespace YouTubeDownloader.Tests.Api;

/// <summary>Routes whose storage fails answer with the app's own coded error, never the host's bare 500.</summary>
public sealed class StorageUnavailableTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Unreachable_storage_is_503_storage_error_within_seconds()
    {
        // Nothing listens on a port that was just free: every storage request is refused.
        var closed = LoopbackPort.Free();
        await using var app = await DownloadApp.StartAsync(new Dictionary<string, string?>
        {
            ["DownloadsStorage"] = ConnectionString($"http://127.0.0.1:{closed}", AzuriteServer.AccountKey),
        });
        app.AddVideo("nostorage00", "No storage", 1000);

        foreach (var send in new Func<Task<HttpResponseMessage>>[]
                 {
                     () => app.Http.GetAsync("/api/downloads"),
                     () => app.Http.GetAsync($"/api/downloads/{Guid.NewGuid()}"),
                     () => app.Http.PostAsJsonAsync("/api/download", new { url = "https://www.youtube.com/watch?v=nostorage00" }),
                 })
        {
            var clock = Stopwatch.StartNew();
            using var response = await send();

            response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
            response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            body.GetProperty("code").GetString().Should().Be("storage_error");
            body.GetProperty("detail").GetString().Should().Be("Almacenamiento no disponible, inténtalo de nuevo");
            response.Headers.Location.Should().BeNull("a failed start names no task");
            output.WriteLine($"{response.RequestMessage!.Method} {response.RequestMessage.RequestUri!.AbsolutePath}: {(int)response.StatusCode} in {clock.Elapsed.TotalSeconds:0.0} s");
            clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(15), "the storage clients give up after a few short retries");
        }
    }

    [Fact]
    public async Task A_storage_refusal_that_is_not_an_outage_is_500_internal_error_naming_no_internals()
    {
        // Azurite answers, but refuses the signature of a wrong key (403): a setup fault, not an outage.
        var azurite = await AzuriteServer.Shared;
        var wrongKey = Convert.ToBase64String(new byte[64]);
        await using var app = await DownloadApp.StartAsync(new Dictionary<string, string?>
        {
            ["DownloadsStorage"] = ConnectionString($"http://127.0.0.1:{azurite.BlobPort}", wrongKey, azurite.TableEndpoint.GetLeftPart(UriPartial.Authority)),
        });

        using var response = await app.Http.GetAsync("/api/downloads");

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        var text = await response.Content.ReadAsStringAsync();
        var body = JsonDocument.Parse(text).RootElement;
        body.GetProperty("code").GetString().Should().Be("internal_error");
        body.GetProperty("detail").GetString().Should().Be("Error interno del servidor");
        text.Should().NotContainAny("Exception", "403", "AuthorizationFailure", "devstoreaccount1", "127.0.0.1");
    }

    private static string ConnectionString(string blobAuthority, string key, string? tableAuthority = null) =>
        $"DefaultEndpointsProtocol=http;AccountName={AzuriteServer.AccountName};AccountKey={key};" +
        $"BlobEndpoint={blobAuthority}/{AzuriteServer.AccountName};TableEndpoint={tableAuthority ?? blobAuthority}/{AzuriteServer.AccountName};";
}
