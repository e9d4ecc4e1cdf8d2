using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using YouTubeDownloader.Docs;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Testing;
using YouTubeDownloader.Testing.FakeYouTube;
using YouTubeDownloader.Tests.Support;
using YouTubeDownloader.Tests.YouTube;

namespace YouTubeDownloader.Tests.Docs;

/// <summary>
/// <c>GET /api/openapi.json</c> names exactly the HTTP routes the host reads from
/// <c>functions.metadata</c>, every real response of every route is one it describes, and <c>requests.http</c> has a
/// request for each route.
/// </summary>
public sealed class OpenApiDocumentTests : IAsyncLifetime
{
    private const string TrendingQuery = "own hand-written query";
    private const string PlaylistId = "PLFgquLnL59alCl_2TQvOiD5Vgm1hCaGSI";
    private const string ListToDownload = "PLFgquLnL59alW3xmYiWRaoz0oM3H17Lth";
    private const string ListToFollow = "PLFgquLnL59alSubscriptionToFollow";
    private readonly OpenApiContract contract = OpenApiContract.Load();
    private readonly HashSet<(string Route, string Method)> exercised = [];
    private FakeYouTubeServer? fake;
    private DownloadApp? app;
    private HttpClient client = null!;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        client?.Dispose();
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        if (fake is not null)
        {
            await fake.DisposeAsync();
        }
    }

    /// <summary>The app over Azurite and the fake YouTube, for the tests that call it (the others read files only).</summary>
    private async Task<FakeYouTubeServer> StartAppAsync()
    {
        fake = await FakeYouTubeServer.StartAsync();
        (app, _) = await FakeYouTubeApp.StartAsync(fake, new Dictionary<string, string?> { ["Discovery:TrendingQuery"] = TrendingQuery });

        // Not following redirects: the 302 of ?redirect=true is a response of the file route to check.
        client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.Http.BaseAddress };
        return fake;
    }

    [Fact]
    public void The_document_names_exactly_the_http_routes_of_functions_metadata()
    {
        using var metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.FunctionsOutput, "functions.metadata")));
        var routes =
            from function in metadata.RootElement.EnumerateArray()
            from binding in function.GetProperty("bindings").EnumerateArray()
            where binding.GetProperty("type").GetString() == "httpTrigger"
            from method in binding.GetProperty("methods").EnumerateArray()
            select (binding.GetProperty("route").GetString()!, method.GetString()!.ToLowerInvariant());

        contract.Operations.Should().BeEquivalentTo(routes);
    }

    [Fact]
    public void Every_error_code_a_task_can_end_with_is_in_the_document()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(OpenApiContract.PathOnDisk));
        var codes = document.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("ErrorCode").GetProperty("enum")
            .EnumerateArray().Select(c => c.GetString());

        codes.Should().Contain(Enum.GetValues<DownloadErrorCode>().Select(c => c.ToWire()));
    }

    [Fact]
    public void Requests_http_has_a_request_for_every_route()
    {
        var requests = File.ReadAllLines(Path.Combine(RepoPaths.Root, "requests.http"))
            .Select(line => System.Text.RegularExpressions.Regex.Match(line, @"^(GET|HEAD|POST|PUT|PATCH|DELETE) \{\{base\}\}/api/([^?\s]+)"))
            .Where(m => m.Success)
            .Select(m => (contract.RouteOf("/api/" + m.Groups[2].Value), m.Groups[1].Value.ToLowerInvariant()))
            .ToHashSet();

        requests.Should().BeEquivalentTo(contract.Operations.ToHashSet());
    }

    [Fact]
    public async Task The_document_and_the_docs_page_are_served_by_the_app_itself()
    {
        await StartAppAsync();
        (await SendAsync(HttpMethod.Get, "/api/openapi.json")).Should().Equal(await File.ReadAllBytesAsync(OpenApiContract.PathOnDisk));

        var page = Encoding.UTF8.GetString(await SendAsync(HttpMethod.Get, "/api/docs"));
        page.Should().Contain("docs/scalar.js").And.Contain("openapi.json").And.NotContainAny("http://", "https://", "//cdn");

        var plain = await SendAsync(HttpMethod.Get, "/api/docs/scalar.js");
        Encoding.UTF8.GetString(plain).Should().Contain("createApiReference");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/docs/scalar.js");
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        using var gzipped = await client.SendAsync(request);
        gzipped.Content.Headers.ContentEncoding.Should().Equal("gzip");
        await using var unpacked = new GZipStream(await gzipped.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        using var copy = new MemoryStream();
        await unpacked.CopyToAsync(copy);
        copy.ToArray().Should().Equal(plain);
        typeof(Scalar.AspNetCore.ScalarOptions).Assembly.GetManifestResourceNames().Should().Contain(ApiDocs.ScalarScriptResource);
    }

    [Fact]
    public async Task Real_responses_of_every_route_are_described_by_the_document()
    {
        var fake = await StartAppAsync();
        var app = this.app!;
        var videoId = fake.Serve("VISIONOS", FakeYouTubeApp.Normal);
        fake.Serve("VISIONOS", "own-private-flag_OwnPrivate1");
        fake.Serve("ANDROID_VR", "own-private-flag_OwnPrivate1");
        fake.ServeSearchFixture(SearchFixtureFolders.OwnFolder, "own-mixed-shapes-page1", "lofi");
        fake.ServeSearchFixture(SearchFixtureFolders.OwnFolder, "own-mixed-shapes-page1", TrendingQuery);
        var unknown = Guid.CreateVersion7().ToString("D");
        string subscription;

        // Downloads: start, read, list, and the errors of each.
        var id = await StartAsync(new { url = $"https://www.youtube.com/watch?v={videoId}", quality = "audio" });
        await SendAsync(HttpMethod.Post, "/api/download", new { url = "https://vimeo.com/1" });
        await SendAsync(HttpMethod.Post, "/api/download", new { url = videoId, quality = "999p" });
        await SendAsync(HttpMethod.Get, $"/api/downloads/{id}");
        await SendAsync(HttpMethod.Get, $"/api/download/{id}/file");
        await SendAsync(HttpMethod.Get, $"/api/download/{id}/link");
        await app.WaitForEndAsync(id);
        await SendAsync(HttpMethod.Get, $"/api/downloads/{id}");
        await SendAsync(HttpMethod.Get, $"/api/downloads/{id}/events");
        await SendAsync(HttpMethod.Get, $"/api/downloads/{unknown}/events");
        await SendAsync(HttpMethod.Post, "/api/download", new { url = videoId, callback_url = "https://example.com/hook" });
        await SendAsync(HttpMethod.Get, $"/api/downloads/{unknown}");
        await SendAsync(HttpMethod.Get, "/api/downloads");
        await SendAsync(HttpMethod.Get, "/api/downloads?order=desc&limit=1&status=completed");
        await SendAsync(HttpMethod.Get, "/api/downloads?order=sideways");

        // The file, its link, the stream and the thumbnail, with their conditional and ranged answers.
        var etag = await FileETagAsync($"/api/download/{id}/file");
        await SendAsync(HttpMethod.Head, $"/api/download/{id}/file");
        await SendAsync(HttpMethod.Get, $"/api/download/{id}/file", headers: ("Range", "bytes=0-99"));
        await SendAsync(HttpMethod.Get, $"/api/download/{id}/file", headers: ("Range", "bytes=999999999-"));
        await SendAsync(HttpMethod.Get, $"/api/download/{id}/file", headers: ("If-None-Match", etag));
        await SendAsync(HttpMethod.Get, $"/api/download/{id}/file?redirect=true");
        await SendAsync(HttpMethod.Get, $"/api/download/{unknown}/file");
        await SendAsync(HttpMethod.Head, $"/api/download/{unknown}/file");
        await SendAsync(HttpMethod.Get, $"/api/download/{id}/link");
        await SendAsync(HttpMethod.Get, $"/api/download/{unknown}/link");
        await SendAsync(HttpMethod.Get, $"/api/stream/{id}");
        await SendAsync(HttpMethod.Head, $"/api/stream/{id}");
        await SendAsync(HttpMethod.Get, $"/api/stream/{Uri.EscapeDataString("Normal video, adaptive and muxed.m4a")}", headers: ("Range", "bytes=0-9"));
        await SendAsync(HttpMethod.Get, $"/api/stream/{id}", headers: ("If-None-Match", etag));
        await SendAsync(HttpMethod.Get, $"/api/stream/{id}", headers: ("Range", "bytes=999999999-"));
        await SendAsync(HttpMethod.Get, $"/api/stream/{unknown}");
        await SendAsync(HttpMethod.Head, $"/api/stream/{unknown}");
        await SendAsync(HttpMethod.Get, $"/api/thumbnails/{id}");
        await SendAsync(HttpMethod.Get, $"/api/thumbnails/{unknown}");

        // Subtitles: a task with a track, and the 404s.
        var captioned = fake.ServeWithCaptions("OwnCaption1", "en", "English", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHello\n");
        var subtitled = await StartAsync(new { url = captioned, quality = "audio", subtitles = new[] { "en" } });
        await app.WaitForEndAsync(subtitled);
        await SendAsync(HttpMethod.Get, $"/api/downloads/{subtitled}");
        await SendAsync(HttpMethod.Get, $"/api/download/{subtitled}/subtitles/en");
        await SendAsync(HttpMethod.Get, $"/api/download/{subtitled}/subtitles/de");
        await SendAsync(HttpMethod.Get, $"/api/download/{unknown}/subtitles/en");
        await SendAsync(HttpMethod.Post, "/api/download", new { url = videoId, subtitles = "some" });

        // A playlist task: its entries and its ZIP.
        fake.AddPlaylist(ListToDownload, "A list to download", "A channel", [new FakePlaylistEntry(videoId), FakePlaylistEntry.Private("fakeVideo03")]);
        var playlist = await StartAsync(new { url = $"https://www.youtube.com/playlist?list={ListToDownload}", quality = "audio" });
        await app.WaitForEndAsync(playlist);
        await SendAsync(HttpMethod.Get, $"/api/downloads/{playlist}");
        await SendAsync(HttpMethod.Get, $"/api/downloads?playlist_id={playlist}");
        await SendAsync(HttpMethod.Get, $"/api/download/{playlist}/file");
        await SendAsync(HttpMethod.Post, "/api/download", new { url = "https://www.youtube.com/playlist?list=RDdQw4w9WgXcQ" });

        // Cancel, retry and remove, with their conflicts.
        await SendAsync(HttpMethod.Delete, $"/api/downloads/{id}");
        await SendAsync(HttpMethod.Post, $"/api/downloads/{id}/retry");
        await SendAsync(HttpMethod.Delete, $"/api/downloads/{unknown}");
        await SendAsync(HttpMethod.Post, $"/api/downloads/{unknown}/retry");
        fake.RangeBytesPerSecond = 20_000; // slow enough to cancel a running task
        var running = await StartAsync(new { url = videoId, quality = "720p" });
        await SendAsync(HttpMethod.Delete, $"/api/downloads/{running}");
        fake.RangeBytesPerSecond = 0;
        await SendAsync(HttpMethod.Post, $"/api/downloads/{running}/retry");
        await SendAsync(HttpMethod.Delete, $"/api/downloads/{running}/remove");
        await SendAsync(HttpMethod.Delete, $"/api/downloads/{id}/remove");
        await SendAsync(HttpMethod.Delete, $"/api/downloads/{id}/remove");

        // Subscriptions: create, read, list, check, pause, resume, delete, with their refusals; a channel's info.
        fake.AddPlaylist(ListToFollow, "A list to follow", "A channel", [new FakePlaylistEntry(videoId)]);
        using (var created = await client.PostAsJsonAsync("/api/subscriptions", new { url = $"https://www.youtube.com/playlist?list={ListToFollow}", quality = "audio" }))
        {
            var bytes = await created.Content.ReadAsByteArrayAsync();
            Describe(HttpMethod.Post, "/api/subscriptions", created, bytes);
            created.StatusCode.Should().Be(HttpStatusCode.Created);
            subscription = JsonDocument.Parse(bytes).RootElement.GetProperty("id").GetString()!;
        }

        await SendAsync(HttpMethod.Post, "/api/subscriptions", new { url = $"https://youtu.be/{videoId}" });
        await SendAsync(HttpMethod.Post, "/api/subscriptions", new { url = "https://www.youtube.com/playlist?list=PLmissingmissing01" });
        await SendAsync(HttpMethod.Get, $"/api/subscriptions/{subscription}");
        await SendAsync(HttpMethod.Get, $"/api/subscriptions/{unknown}");
        await SendAsync(HttpMethod.Get, "/api/subscriptions?limit=1");
        await SendAsync(HttpMethod.Get, "/api/subscriptions?status=nope");
        await SendAsync(HttpMethod.Get, $"/api/downloads?subscription_id={subscription}");
        await SendAsync(HttpMethod.Post, $"/api/subscriptions/{subscription}/check");
        await SendAsync(HttpMethod.Post, $"/api/subscriptions/{subscription}/pause");
        await SendAsync(HttpMethod.Post, $"/api/subscriptions/{subscription}/check");
        await SendAsync(HttpMethod.Post, $"/api/subscriptions/{subscription}/resume");
        await SendAsync(HttpMethod.Post, $"/api/subscriptions/{unknown}/check");
        await SendAsync(HttpMethod.Post, $"/api/subscriptions/{unknown}/pause");
        await SendAsync(HttpMethod.Post, $"/api/subscriptions/{unknown}/resume");
        await SendAsync(HttpMethod.Delete, $"/api/subscriptions/{subscription}");
        await SendAsync(HttpMethod.Delete, $"/api/subscriptions/{subscription}");
        fake.AddChannel("@OpenApiChannel", "UCopenApiChannel000000ab");
        fake.AddPlaylist("UUopenApiChannel000000ab", "Uploads from A channel", "A channel", [new FakePlaylistEntry(videoId)]);
        await SendAsync(HttpMethod.Post, "/api/info", new { url = "https://www.youtube.com/@OpenApiChannel" });
        await SendAsync(HttpMethod.Post, "/api/info", new { url = "https://www.youtube.com/@OpenApiChannel/shorts" });

        // YouTube facts: info, search and trending, with their refusals.
        await SendAsync(HttpMethod.Post, "/api/info", new { url = $"https://youtu.be/{videoId}" });
        await SendAsync(HttpMethod.Post, "/api/info", new { url = "https://vimeo.com/1" });
        await SendAsync(HttpMethod.Post, "/api/info", new { url = "OwnMissing1" });
        await SendAsync(HttpMethod.Post, "/api/info", new { url = "OwnPrivate1" });
        fake.AddPlaylist(PlaylistId, "A list", "A channel", [new FakePlaylistEntry(videoId, Title: "One", DurationSeconds: 212), FakePlaylistEntry.Deleted("fakeVideo02")]);
        await SendAsync(HttpMethod.Post, "/api/info", new { url = $"https://www.youtube.com/playlist?list={PlaylistId}" });
        await SendAsync(HttpMethod.Post, "/api/info", new { url = "https://www.youtube.com/playlist?list=RDdQw4w9WgXcQ" });
        await SendAsync(HttpMethod.Get, "/api/search?q=lofi&max_results=5");
        await SendAsync(HttpMethod.Get, "/api/search?q=");
        await SendAsync(HttpMethod.Get, "/api/search?q=OwnMissing1");
        await SendAsync(HttpMethod.Get, "/api/search?q=OwnPrivate1");
        await SendAsync(HttpMethod.Get, "/api/trending");
        fake.SetSearch("refused", SearchAnswer.HttpError(HttpStatusCode.TooManyRequests));
        await SendAsync(HttpMethod.Get, "/api/search?q=refused");

        // This document and its page.
        await SendAsync(HttpMethod.Get, "/api/openapi.json");
        await SendAsync(HttpMethod.Get, "/api/docs");
        await SendAsync(HttpMethod.Get, "/api/docs/scalar.js");

        exercised.Should().BeEquivalentTo(contract.Operations.ToHashSet(), "every documented operation was called");
    }

    private async Task<string> StartAsync(object body)
    {
        using var response = await client.PostAsJsonAsync("/api/download", body);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Describe(HttpMethod.Post, "/api/download", response, bytes);
        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        return JsonDocument.Parse(bytes).RootElement.GetProperty("download_id").GetString()!;
    }

    private async Task<string> FileETagAsync(string path)
    {
        using var response = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
        return response.Headers.ETag!.ToString();
    }

    /// <summary>Sends a request, checks its response against the document, and returns the body.</summary>
    private async Task<byte[]> SendAsync(HttpMethod method, string path, object? body = null, (string Name, string Value)? headers = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (headers is { } header)
        {
            request.Headers.TryAddWithoutValidation(header.Name, header.Value);
        }

        using var response = await client.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Describe(method, path, response, bytes);
        return bytes;
    }

    private void Describe(HttpMethod method, string path, HttpResponseMessage response, byte[] body)
    {
        var route = contract.RouteOf(path);
        var verb = method.Method.ToLowerInvariant();
        contract.AssertDescribes(route, verb, response.StatusCode, response.Content.Headers.ContentType?.MediaType, body);
        exercised.Add((route, verb));
    }
}
