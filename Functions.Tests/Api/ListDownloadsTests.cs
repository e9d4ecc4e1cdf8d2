using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using YouTubeDownloader.Api.Routes;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Tests.Support;

namespace YouTubeDownloader.Tests.Api;

/// <summary><c>GET /api/downloads</c>: a plain array in creation order, filtered by status, paged by a header.</summary>
public sealed class ListDownloadsTests
{
    [Fact]
    public async Task Lists_in_creation_order_either_way_filtered_and_paged_with_a_continuation_header()
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
        Ids(all).Should().Equal(ids.Append(refused), "oldest first, as created");
        var newest = await app.Http.GetFromJsonAsync<JsonElement>("/api/downloads?order=desc");
        Ids(newest).Should().Equal(ids.Append(refused).Reverse());

        var errors = await app.Http.GetFromJsonAsync<JsonElement>("/api/downloads?status=error");
        Ids(errors).Should().Equal(refused);

        var (oldestFirst, pages) = await PageThroughAsync(app, "status=completed&limit=2");
        oldestFirst.Should().Equal(ids);
        pages.Should().Be(3);
        var (newestFirst, _) = await PageThroughAsync(app, "status=completed&limit=2&order=desc");
        newestFirst.Should().Equal(Enumerable.Reverse(ids));
        var (onePerPage, _) = await PageThroughAsync(app, "limit=1&order=DESC");
        onePerPage.Should().Equal(ids.Append(refused).Reverse());
    }

    [Fact]
    public async Task A_token_continues_only_the_query_it_was_issued_for()
    {
        await using var app = await DownloadApp.StartAsync();
        app.AddVideo("token000000", "Token", 1000);
        for (var i = 0; i < 3; i++)
        {
            await app.StartAsync("token000000");
        }

        using var first = await app.Http.GetAsync("/api/downloads?limit=1");
        var token = Uri.EscapeDataString(first.Headers.GetValues(ListDownloadsFunction.ContinuationHeader).Single());

        (await app.Http.GetAsync($"/api/downloads?limit=1&continuation_token={token}")).StatusCode.Should().Be(HttpStatusCode.OK);
        foreach (var other in new[] { "order=desc", "status=pending", "order=desc&status=completed" })
        {
            using var response = await app.Http.GetAsync($"/api/downloads?limit=1&{other}&continuation_token={token}");
            response.StatusCode.Should().Be(HttpStatusCode.BadRequest, other);
            (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().Should().Be("invalid_request");
        }
    }

    private static IEnumerable<string> Ids(JsonElement list) => list.EnumerateArray().Select(t => t.GetProperty("id").GetString()!);

    private static async Task<(List<string> Ids, int Pages)> PageThroughAsync(DownloadApp app, string query)
    {
        var seen = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var url = $"/api/downloads?{query}" + (token is null ? "" : "&continuation_token=" + Uri.EscapeDataString(token));
            using var response = await app.Http.GetAsync(url);
            response.StatusCode.Should().Be(HttpStatusCode.OK, url);
            seen.AddRange(Ids(await response.Content.ReadFromJsonAsync<JsonElement>()));
            token = response.Headers.TryGetValues(ListDownloadsFunction.ContinuationHeader, out var values) ? values.Single() : null;
            pages++;
        }
        while (token is not null);

        return (seen, pages);
    }

    [Theory]
    [InlineData("?status=done")]
    [InlineData("?status=1")]
    [InlineData("?limit=0")]
    [InlineData("?limit=abc")]
    [InlineData("?limit=100000")]
    [InlineData("?order=sideways")]
    [InlineData("?order=")]
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
