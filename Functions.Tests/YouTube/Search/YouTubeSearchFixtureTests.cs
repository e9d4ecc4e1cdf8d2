using System.Text.Json.Nodes;
using YouTubeDownloader.YouTube.Search;
using YouTubeDownloader.YouTube.Wire.Search;

namespace YouTubeDownloader.Tests.YouTube.Search;

/// <summary>
/// One case per <c>NAME.response.json</c>: the project's own hand-written pages and, when <c>YOUTUBE_SEARCH_FIXTURES</c>
/// names a folder, the recorded ones there. The parsed listing must equal <c>NAME.expected.json</c>: the same videos in
/// the same order with the same fields (null where YouTube shows no number), the continuation and the corrected query.
/// </summary>
public sealed class YouTubeSearchFixtureTests
{
    /// <summary>The own cases always give rows, so the theory never runs empty whether or not ../shared is there.</summary>
    public static TheoryData<string, string> Cases() => SearchFixtureFolders.AllCases();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Response_gives_the_expected_listing(string source, string name)
    {
        var response = SearchResponse.Parse(File.ReadAllBytes(SearchFixtureFolders.ResponsePath(source, name)));
        var expected = JsonNode.Parse(File.ReadAllText(SearchFixtureFolders.ExpectedPath(source, name)))!.AsObject();

        var listing = SearchListingReader.Read(response);

        var expectedItems = expected["items"]!.AsArray();
        listing.Items.Select(i => i.VideoId).Should().Equal(expectedItems.Select(i => (string)i!["video_id"]!), "the videos of {0}, in order", name);
        for (var i = 0; i < expectedItems.Count; i++)
        {
            var actual = Normalised(listing.Items[i]);
            JsonNode.DeepEquals(actual, expectedItems[i]).Should().BeTrue(
                "item {0} of {1} should be {2} but was {3}", i, name, expectedItems[i]!.ToJsonString(), actual.ToJsonString());
        }

        listing.Continuation.Should().Be((string?)expected["continuation"], "the continuation of {0}", name);
        listing.CorrectedQuery.Should().Be((string?)expected["corrected_query"], "the corrected query of {0}", name);
    }

    [Fact]
    public void The_projects_own_cases_are_there()
    {
        SearchFixtureFolders.Cases(SearchFixtureFolders.OwnFolder).Should().HaveCountGreaterThanOrEqualTo(2);
    }

    [Theory]
    [InlineData("""{"responseContext": {}, "error": {"code": 400}}""")]
    [InlineData("""{"contents": {"singleColumnBrowseResultsRenderer": {}}}""")]
    public void A_body_that_is_no_search_page_is_unreadable_not_an_empty_listing(string body)
    {
        var response = SearchResponse.Parse(System.Text.Encoding.UTF8.GetBytes(body));

        var read = () => SearchListingReader.Read(response);

        read.Should().Throw<InvalidDataException>();
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("<html>")]
    public void A_body_that_is_no_json_object_is_unreadable(string body)
    {
        var parse = () => SearchResponse.Parse(System.Text.Encoding.UTF8.GetBytes(body));

        parse.Should().Throw<InvalidDataException>();
    }

    [Theory]
    [InlineData("0:00", 0)]
    [InlineData("3:32", 212)]
    [InlineData("1:02:03", 3723)]
    [InlineData("12:00:00", 43200)]
    [InlineData("LIVE", null)]
    [InlineData("1:2:3:4", null)]
    [InlineData("", null)]
    public void Durations_read_from_display_text(string text, int? seconds) =>
        DisplayNumbers.Duration(text).Should().Be(seconds);

    [Theory]
    [InlineData("1 view", 1L)]
    [InlineData("No views", 0L)]
    [InlineData("1,234,567 views", 1234567L)]
    [InlineData("1.2M views", null)]
    [InlineData("56 watching", null)]
    [InlineData("views", null)]
    public void View_counts_read_only_from_exact_texts(string text, long? count) =>
        DisplayNumbers.ViewCount(text).Should().Be(count);

    private static JsonObject Normalised(SearchVideo video) => new()
    {
        ["video_id"] = video.VideoId,
        ["title"] = video.Title,
        ["duration_seconds"] = video.DurationSeconds,
        ["author"] = video.Author,
        ["view_count"] = video.ViewCount,
        ["is_short"] = video.IsShort,
        ["is_live"] = video.IsLive,
    };
}
