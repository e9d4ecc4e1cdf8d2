using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using YouTubeDownloader.Testing.FakeYouTube;
using YouTubeDownloader.Tests.Support;
using YouTubeDownloader.YouTube.Search;
using YouTubeDownloader.YouTube;

namespace YouTubeDownloader.Tests.YouTube;

/// <summary>
/// <c>GET /api/search</c> and <c>GET /api/trending</c> end to end: the HTTP functions with the production search
/// (<see cref="YouTubeServiceCollectionExtensions.AddYouTubeResolver"/>, <see cref="TrendingServiceCollectionExtensions.AddTrending"/>)
/// asking the fake YouTube, which serves the hand-written search pages and, when present, the recorded ones.
/// </summary>
public sealed class SearchRouteTests : IAsyncLifetime
{
    private const string OwnQuery = "own hand-written query";
    private const string OwnPage1 = "own-mixed-shapes-page1";
    private const string OwnPage2 = "own-last-page-two-sections";
    private const string OwnToken = "own-token-page2";
    private FakeYouTubeServer fake = null!;
    private DownloadApp app = null!;

    public async Task InitializeAsync()
    {
        fake = await FakeYouTubeServer.StartAsync();
        var configuration = YouTubeTestServices.Configuration(fake, new Dictionary<string, string?>
        {
            ["Discovery:TrendingQuery"] = OwnQuery,
        });
        app = await DownloadApp.StartAsync(configureServices: services => services.AddYouTubeResolver(configuration).AddTrending(configuration));
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await fake.DisposeAsync();
    }

    /// <summary>A first page and the continuation page that follows it: the own pair always, the recorded pairs when present.</summary>
    public static TheoryData<string, string, string> PagePairs()
    {
        var data = new TheoryData<string, string, string> { { SearchFixtureFolders.Own, OwnPage1, OwnPage2 } };
        if (SearchFixtureFolders.RecordedFolder is { } recorded)
        {
            foreach (var page1 in SearchFixtureFolders.Cases(recorded).Where(n => n.EndsWith("-page1", StringComparison.Ordinal)))
            {
                var page2 = page1[..^1] + "2";
                if (File.Exists(Path.Combine(recorded, page2 + ".response.json")))
                {
                    data.Add(SearchFixtureFolders.Recorded, page1, page2);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PagePairs))]
    public async Task More_results_than_a_page_holds_come_from_the_continuation_in_order(string source, string page1, string page2)
    {
        var query = Serve(source, page1, page2);
        var expected1 = Expected(source, page1);
        var expected2 = Expected(source, page2);
        var both = expected1["items"]!.AsArray().Concat(expected2["items"]!.AsArray()).ToList();
        // Ask for exactly both pages when a third exists (the fake does not have it), else for more than there are.
        var max = expected2["continuation"] is null ? 50 : both.Count;

        var body = await GetJsonAsync($"/api/search?q={Uri.EscapeDataString(query)}&max_results={max}");

        body.GetProperty("query").GetString().Should().Be(query);
        var results = body.GetProperty("results").EnumerateArray().ToList();
        results.Select(r => r.GetProperty("id").GetString()).Should().Equal(both.Select(i => (string)i!["video_id"]!));
        for (var i = 0; i < results.Count; i++)
        {
            AssertMapped(results[i], both[i]!);
        }

        body.GetProperty("corrected_query").GetString().Should().Be((string?)expected1["corrected_query"] ?? (string?)expected2["corrected_query"]);
        (body.GetProperty("continuation").ValueKind == JsonValueKind.String).Should().Be(expected2["continuation"] is not null);
        var requests = fake.SearchRequests.ToList();
        requests.Should().HaveCount(2);
        requests[0].Query.Should().Be(query);
        requests[0].Params.Should().Be("EgIQAfABAQ%3D%3D", "the \"videos\" filter");
        requests[0].ClientName.Should().Be("WEB");
        requests[0].Headers["X-YouTube-Client-Name"].Should().Be("1");
        requests[1].Continuation.Should().Be((string?)expected1["continuation"]);
        requests[1].Query.Should().BeNull();
    }

    [Fact]
    public async Task A_cut_page_continues_where_it_was_cut()
    {
        Serve(SearchFixtureFolders.Own, OwnPage1, OwnPage2);

        var first = await GetJsonAsync($"/api/search?q={Uri.EscapeDataString(OwnQuery)}&max_results=3");
        var continuation = first.GetProperty("continuation").GetString()!;
        var rest = await GetJsonAsync($"/api/search?q={Uri.EscapeDataString(OwnQuery)}&max_results=10&continuation={Uri.EscapeDataString(continuation)}");

        Ids(first).Should().Equal("OwnVideo001", "OwnLockup01", "OwnLiveNow1");
        Ids(rest).Should().Equal("OwnReelItem", "OwnNoViews1", "OwnLastPg01", "OwnLastPg02");
        rest.GetProperty("continuation").ValueKind.Should().Be(JsonValueKind.Null, "the second page is the last");
    }

    [Fact]
    public async Task A_continuation_sent_back_with_another_query_is_400()
    {
        Serve(SearchFixtureFolders.Own, OwnPage1, OwnPage2);
        var first = await GetJsonAsync($"/api/search?q={Uri.EscapeDataString(OwnQuery)}&max_results=3");
        var continuation = first.GetProperty("continuation").GetString()!;

        var body = await SendAsync($"/api/search?q=another&continuation={Uri.EscapeDataString(continuation)}", HttpStatusCode.BadRequest);

        body.GetProperty("code").GetString().Should().Be("invalid_request");
        fake.SearchRequests.Should().ContainSingle("only the first call reached YouTube");
    }

    [Fact]
    public async Task The_original_defaults_to_twenty_results_and_maps_missing_numbers_to_zero()
    {
        Serve(SearchFixtureFolders.Own, OwnPage1, OwnPage2);

        var body = await GetJsonAsync($"/api/search?q={Uri.EscapeDataString(OwnQuery)}");

        var live = body.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "OwnLiveNow1");
        live.GetProperty("view_count").GetInt64().Should().Be(0);
        live.GetProperty("duration").GetInt32().Should().Be(0);
        live.GetProperty("is_live").GetBoolean().Should().BeTrue();
        var reel = body.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "OwnReelItem");
        reel.GetProperty("uploader").GetString().Should().Be("");
        reel.GetProperty("thumbnail").GetString().Should().Be("https://i.ytimg.com/vi/OwnReelItem/hqdefault.jpg");
        body.GetProperty("results").GetArrayLength().Should().Be(7, "both pages hold 7 videos, fewer than the default 20");
        body.GetProperty("corrected_query").GetString().Should().Be("hand written");
    }

    [Theory]
    [InlineData("https://youtu.be/{0}?si=abc")]
    [InlineData("https://www.youtube.com/watch?v={0}&t=10")]
    [InlineData("{0}")]
    public async Task A_youtube_url_or_id_as_query_answers_that_video(string form)
    {
        var videoId = fake.Serve("VISIONOS", "own-normal-adaptive-muxed_OwnNormal01");
        var q = string.Format(System.Globalization.CultureInfo.InvariantCulture, form, videoId);

        var body = await GetJsonAsync($"/api/search?q={Uri.EscapeDataString(q)}");

        var result = body.GetProperty("results").EnumerateArray().Should().ContainSingle().Subject;
        result.GetProperty("id").GetString().Should().Be(videoId);
        result.GetProperty("title").GetString().Should().Be("Normal video, adaptive and muxed");
        result.GetProperty("duration").GetInt32().Should().Be(212);
        result.GetProperty("url").GetString().Should().Be($"https://www.youtube.com/watch?v={videoId}");
        result.GetProperty("thumbnail").GetString().Should().StartWith("https://i.ytimg.com/vi/" + videoId);
        body.GetProperty("continuation").ValueKind.Should().Be(JsonValueKind.Null);
        fake.SearchRequests.Should().BeEmpty("a video URL is looked up, not searched");
    }

    [Fact]
    public async Task A_url_of_a_live_stream_the_player_refuses_is_answered_from_a_search_for_its_id()
    {
        fake.Serve("VISIONOS", "own-post-live-dvr_OwnLiveDvr1");
        fake.Serve("ANDROID_VR", "own-post-live-dvr_OwnLiveDvr1");
        fake.SetSearch("OwnLiveDvr1", SearchAnswer.Json("""
            {"contents": {"twoColumnSearchResultsRenderer": {"primaryContents": {"sectionListRenderer": {"contents": [
              {"itemSectionRenderer": {"contents": [
                {"videoRenderer": {"videoId": "OwnOther001", "title": {"simpleText": "Another video"}}},
                {"videoRenderer": {"videoId": "OwnLiveDvr1", "title": {"simpleText": "The stream, live"},
                  "longBylineText": {"runs": [{"text": "Live Channel"}]}, "viewCountText": {"runs": [{"text": "12"}, {"text": " watching"}]},
                  "badges": [{"metadataBadgeRenderer": {"style": "BADGE_STYLE_TYPE_LIVE_NOW"}}]}}]}}]}}}}}
            """));

        var body = await GetJsonAsync("/api/search?q=" + Uri.EscapeDataString("https://www.youtube.com/live/OwnLiveDvr1"));

        var result = body.GetProperty("results").EnumerateArray().Should().ContainSingle().Subject;
        result.GetProperty("id").GetString().Should().Be("OwnLiveDvr1");
        result.GetProperty("title").GetString().Should().Be("The stream, live");
        result.GetProperty("is_live").GetBoolean().Should().BeTrue();
        fake.SearchRequests.Should().ContainSingle().Which.Query.Should().Be("OwnLiveDvr1");
    }

    [Fact]
    public async Task An_eleven_letter_word_youtube_does_not_know_as_a_video_is_searched_as_text()
    {
        fake.ServeSearchFixture(SearchFixtureFolders.OwnFolder, OwnPage2, key: "programming");

        var body = await GetJsonAsync("/api/search?q=programming");

        Ids(body).Should().Equal("OwnLastPg01", "OwnLastPg02");
        fake.PlayerRequests.Should().NotBeEmpty("an 11-letter query is first tried as a video id");
    }

    [Fact]
    public async Task A_url_of_a_video_youtube_refuses_answers_its_code()
    {
        var body = await SendAsync("/api/search?q=" + Uri.EscapeDataString("https://www.youtube.com/watch?v=NoSuchVid01"), HttpStatusCode.NotFound);

        body.GetProperty("code").GetString().Should().Be("video_unavailable");
    }

    [Theory]
    [InlineData("/api/search")]
    [InlineData("/api/search?q=")]
    [InlineData("/api/search?q=%20%20")]
    [InlineData("/api/search?q=test&max_results=0")]
    [InlineData("/api/search?q=test&max_results=51")]
    [InlineData("/api/search?q=test&max_results=ten")]
    [InlineData("/api/search?q=test&max_results=")]
    [InlineData("/api/search?q=test&continuation=%21%21")]
    [InlineData("/api/search?q=test&continuation=")]
    [InlineData("/api/search?q=%00")]
    [InlineData("/api/search?q=cats%1B%5B2J")]
    public async Task Bad_input_is_400_invalid_request_and_asks_youtube_nothing(string url)
    {
        var body = await SendAsync(url, HttpStatusCode.BadRequest);

        body.GetProperty("code").GetString().Should().Be("invalid_request");
        body.GetProperty("detail").GetString().Should().NotBeNullOrEmpty();
        fake.SearchRequests.Should().BeEmpty();
    }

    [Fact]
    public async Task An_over_long_query_is_400()
    {
        var body = await SendAsync("/api/search?q=" + new string('a', 201), HttpStatusCode.BadRequest);

        body.GetProperty("code").GetString().Should().Be("invalid_request");
        fake.SearchRequests.Should().BeEmpty();
    }

    [Fact]
    public async Task A_continuation_youtube_rejects_is_400()
    {
        var cursor = YouTubeDownloader.YouTube.Search.SearchCursor.For("test", "unknown-token", 0).Encode();

        var body = await SendAsync($"/api/search?q=test&continuation={cursor}", HttpStatusCode.BadRequest);

        body.GetProperty("code").GetString().Should().Be("invalid_request");
        fake.SearchRequests.Should().ContainSingle().Which.Continuation.Should().Be("unknown-token");
    }

    [Theory]
    [InlineData(429, "{}", "rate_limited")]
    [InlineData(500, "{}", "source_error")]
    [InlineData(200, """{"responseContext": {}}""", "source_error")]
    [InlineData(200, "<html>not json</html>", "source_error")]
    [InlineData(200, "[]", "source_error")]
    public async Task A_refusal_or_an_unreadable_answer_is_502_never_an_empty_list(int status, string answer, string code)
    {
        fake.SetSearch("test", new SearchAnswer((HttpStatusCode)status, answer));

        var body = await SendAsync("/api/search?q=test", HttpStatusCode.BadGateway);

        body.GetProperty("code").GetString().Should().Be(code);
        body.TryGetProperty("results", out _).Should().BeFalse();
    }

    [Fact]
    public async Task Trending_searches_the_configured_query_once_and_serves_it_from_the_cache()
    {
        Serve(SearchFixtureFolders.Own, OwnPage1, OwnPage2);

        var first = await GetJsonAsync("/api/trending");
        var second = await GetJsonAsync("/api/trending");

        first.EnumerateObject().Select(p => p.Name).Should().Equal("results");
        Ids(first).Should().Equal("OwnVideo001", "OwnLockup01", "OwnLiveNow1", "OwnReelItem", "OwnNoViews1", "OwnLastPg01", "OwnLastPg02");
        Ids(second).Should().Equal(Ids(first));
        fake.SearchRequests.Should().HaveCount(2, "one query and its continuation, then the cache");
        fake.SearchRequests.First().Query.Should().Be(OwnQuery);
    }

    [Fact]
    public async Task Trending_that_fails_is_502_and_is_not_cached()
    {
        fake.SetSearch(OwnQuery, SearchAnswer.HttpError(HttpStatusCode.TooManyRequests));
        (await SendAsync("/api/trending", HttpStatusCode.BadGateway)).GetProperty("code").GetString().Should().Be("rate_limited");

        Serve(SearchFixtureFolders.Own, OwnPage1, OwnPage2);
        var body = await GetJsonAsync("/api/trending");

        body.GetProperty("results").GetArrayLength().Should().Be(7);
    }

    private string Serve(string source, string page1, string page2)
    {
        var folder = SearchFixtureFolders.Folder(source);
        if (source == SearchFixtureFolders.Own)
        {
            fake.ServeSearchFixture(folder, page1, key: OwnQuery);
            fake.ServeSearchFixture(folder, page2, key: OwnToken, isContinuation: true);
            return OwnQuery;
        }

        var query = fake.ServeSearchFixture(folder, page1);
        fake.ServeSearchFixture(folder, page2);
        return query;
    }

    private static JsonObject Expected(string source, string name) =>
        JsonNode.Parse(File.ReadAllText(SearchFixtureFolders.ExpectedPath(source, name)))!.AsObject();

    private static void AssertMapped(JsonElement result, JsonNode expected)
    {
        var id = (string)expected["video_id"]!;
        result.GetProperty("title").GetString().Should().Be((string?)expected["title"]);
        result.GetProperty("duration").GetInt32().Should().Be((int?)expected["duration_seconds"] ?? 0);
        result.GetProperty("uploader").GetString().Should().Be((string?)expected["author"] ?? "");
        result.GetProperty("view_count").GetInt64().Should().Be((long?)expected["view_count"] ?? 0, "null is 0, as the original answered");
        result.GetProperty("url").GetString().Should().Be($"https://www.youtube.com/watch?v={id}");
        new Uri(result.GetProperty("thumbnail").GetString()!).Host.Should().Be("i.ytimg.com");
        result.GetProperty("is_short").GetBoolean().Should().Be((bool)expected["is_short"]!);
        result.GetProperty("is_live").GetBoolean().Should().Be((bool)expected["is_live"]!);
    }

    private static List<string?> Ids(JsonElement body) =>
        body.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();

    private Task<JsonElement> GetJsonAsync(string url) => SendAsync(url, HttpStatusCode.OK);

    private async Task<JsonElement> SendAsync(string url, HttpStatusCode expected)
    {
        using var response = await app.Http.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(expected, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
