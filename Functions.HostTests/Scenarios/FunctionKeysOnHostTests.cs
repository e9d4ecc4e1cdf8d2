using System.Net;
using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs;
using YouTubeDownloader.HostTests.Harness;

namespace YouTubeDownloader.HostTests.Scenarios;

/// <summary>In Production the host itself enforces the function keys on every route.</summary>
public sealed class FunctionKeysOnHostTests : IAsyncLifetime
{
    private const string HostId = "youtube-downloader-keys";
    private HostTestbed testbed = null!;

    public async Task InitializeAsync() => testbed = await HostTestbed.StartAsync(new Dictionary<string, string?>
    {
        ["AZURE_FUNCTIONS_ENVIRONMENT"] = "Production",
        ["AzureFunctionsWebHost__hostid"] = HostId,
    });

    public async Task DisposeAsync() => await testbed.DisposeAsync();

    [Fact]
    public async Task Every_route_answers_401_without_a_key_and_serves_with_the_header_or_the_code_parameter()
    {
        var routes = HttpRoute.All();
        routes.Should().HaveCountGreaterThanOrEqualTo(8);
        var unknownId = Guid.NewGuid().ToString();
        foreach (var route in routes)
        {
            using var response = await SendAsync(route, route.PathWith(unknownId), key: null);
            response.StatusCode.Should().Be(HttpStatusCode.Unauthorized, $"{route} without a key");
        }

        var key = await DefaultHostKeyAsync();
        foreach (var route in routes)
        {
            using var withHeader = await SendAsync(route, route.PathWith(unknownId), key);
            using var withCode = await SendAsync(route, $"{route.PathWith(unknownId)}?code={Uri.EscapeDataString(key)}", key: null);
            foreach (var response in new[] { withHeader, withCode })
            {
                // The app answers: a 2xx, or its own coded error for the unknown id / empty body.
                response.StatusCode.Should().NotBe(HttpStatusCode.Unauthorized, $"{route} with the key");
                if ((int)response.StatusCode >= 400 && route.Methods[0] != "HEAD")
                {
                    var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
                    body.GetProperty("code").GetString().Should().NotBeNullOrEmpty($"{route} answers a coded error");
                }
            }
        }
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRoute route, string path, string? key)
    {
        var request = new HttpRequestMessage(new HttpMethod(route.Methods[0]), path);
        if (route.Methods[0] is "POST")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        if (key is not null)
        {
            request.Headers.Add("x-functions-key", key);
        }

        return await testbed.Http.SendAsync(request);
    }

    /// <summary>The host keeps its keys in the storage account (unencrypted here: no encryption key is set).</summary>
    private async Task<string> DefaultHostKeyAsync()
    {
        var blob = new BlobClient(testbed.Storage.ConnectionString, "azure-webjobs-secrets", $"{HostId}/host.json");
        await testbed.WaitUntilAsync(() => blob.Exists().Value, TimeSpan.FromSeconds(30), "the host writes its keys");
        using var secrets = JsonDocument.Parse((await blob.DownloadContentAsync()).Value.Content.ToString());
        return secrets.RootElement.GetProperty("functionKeys").EnumerateArray()
            .Single(k => k.GetProperty("name").GetString() == "default").GetProperty("value").GetString()!;
    }
}
