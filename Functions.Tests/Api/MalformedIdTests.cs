using System.Net;
using YouTubeDownloader.Tests.Support;

namespace YouTubeDownloader.Tests.Api;

/// <summary>An id that is not a UUID is an unknown id, answered without a single storage request.</summary>
public sealed class MalformedIdTests
{
    [Fact]
    public async Task Malformed_ids_never_reach_storage()
    {
        var counter = new StorageRequestCounter();
        await using var app = await DownloadApp.StartAsync(configureServices: counter.Register);
        using var warmUp = await app.Http.GetAsync("/api/downloads");
        counter.Requests.Should().BeGreaterThan(0, "the counter sees the app's storage requests");
        var before = counter.Requests;

        foreach (var (method, path) in new[]
                 {
                     (HttpMethod.Get, "/api/downloads/..%2F..%2Fx"),
                     (HttpMethod.Get, "/api/download/not-a-uuid/file"),
                     (HttpMethod.Head, "/api/download/{00000000-0000-0000-0000-000000000000}/file"),
                     (HttpMethod.Delete, "/api/downloads/12345"),
                     (HttpMethod.Delete, "/api/downloads/..%5C..%5Cx/remove"),
                     (HttpMethod.Post, "/api/downloads/12345/retry"),
                     (HttpMethod.Get, "/api/download/not-a-uuid/link"),
                     (HttpMethod.Get, "/api/download/not-a-uuid/file?redirect=true"),
                     (HttpMethod.Get, "/api/downloads/not-a-uuid/events"),
                 })
        {
            using var response = await app.Http.SendAsync(new HttpRequestMessage(method, path));
            response.StatusCode.Should().Be(HttpStatusCode.NotFound, path);
        }

        counter.Requests.Should().Be(before);
    }
}
