using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using YouTubeDownloader.Api;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Tests.Support;

namespace YouTubeDownloader.Tests.Api;

/// <summary><c>GET /api/downloads</c>: a plain array, filtered by status, paged by a header.</summary>
public sealed class ListDownloadsTests
{
    [Fact]
    public async Task Filters_by_status_and_pages_with_a_continuation_header()
    {
        await using var app = await DownloadApp.StartAsync();
        app.AddVideo("list0000000", "Listed", 1000);
        app.Resolver.Refuse("refused0000", new DownloadFailedException(DownloadErrorCode.VideoUnavailable, "Gone."));
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add((await app.StartAsync("list0000000")).GetProperty("id").GetString()!);
        }

        var refused = (await app.StartAsync("refused0000")).GetProperty("id").GetString()!;
        foreach (var id in ids.Append(refused))
        {
            await app.WaitForEndAsync(id);
        }

        var all = await app.Http.GetFromJsonAsync<JsonElement>("/api/downloads");
        all.EnumerateArray().Select(t => t.GetProperty("id").GetString()).Should().BeEquivalentTo(ids.Append(refused));

        var errors = await app.Http.GetFromJsonAsync<JsonElement>("/api/downloads?status=error");
        errors.EnumerateArray().Select(t => t.GetProperty("id").GetString()).Should().Equal(refused);

        var seen = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var url = "/api/downloads?status=completed&limit=2" + (token is null ? "" : "&continuation_token=" + Uri.EscapeDataString(token));
            using var response = await app.Http.GetAsync(url);
            var page = await response.Content.ReadFromJsonAsync<JsonElement>();
            page.GetArrayLength().Should().BeLessThanOrEqualTo(2);
            seen.AddRange(page.EnumerateArray().Select(t => t.GetProperty("id").GetString()!));
            token = response.Headers.TryGetValues(ListDownloadsFunction.ContinuationHeader, out var values) ? values.Single() : null;
            pages++;
        }
        while (token is not null);

        seen.Should().BeEquivalentTo(ids);
        pages.Should().BeGreaterThanOrEqualTo(3);
    }

    [Theory]
    [InlineData("?status=done")]
    [InlineData("?status=1")]
    [InlineData("?limit=0")]
    [InlineData("?limit=abc")]
    [InlineData("?limit=100000")]
    [InlineData("?continuation_token=garbage")]
    [InlineData("?continuation_token=1!48!MDE5MmYxYjUtN2FmMy03YjQ3LWE0ZjAtYzc5OGQ0ZTNmMmEx")] // the SDK's shape
    [InlineData("?continuation_token=MS5hLi56enp6")] // "1.a..zzzz": the app's shape, not an id
    [InlineData("?continuation_token=Mi5hLi4wMTkyZjFiNTdhZjM3YjQ3YTRmMGM3OThkNGUzZjJhMQ")] // version 2
    [InlineData("?status=completed&continuation_token=MS5hLi4wMTkyZjFiNTdhZjM3YjQ3YTRmMGM3OThkNGUzZjJhMQ")] // issued without the filter
    public async Task Bad_query_values_are_400(string query)
    {
        await using var app = await DownloadApp.StartAsync();

        using var response = await app.Http.GetAsync("/api/downloads" + query);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().Should().Be("invalid_request");
    }
}
