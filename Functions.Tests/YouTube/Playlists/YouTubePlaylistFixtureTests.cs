using System.Text.Json.Nodes;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.YouTube;
using YouTubeDownloader.YouTube.Playlists;
using YouTubeDownloader.YouTube.Wire.Playlists;
using YouTubeDownloader.YouTube.InnerTube;
using YouTubeDownloader.YouTube.Clients;

namespace YouTubeDownloader.Tests.YouTube.Playlists;

/// <summary>
/// One case per <c>NAME.response.json</c>: the project's own hand-written pages (deleted, private, unplayable, members-only
/// and lockup rows, which no recording has) and, when <c>YOUTUBE_PLAYLIST_FIXTURES</c> names a folder, the recorded ones
/// there. The page read must equal <c>NAME.expected.json</c> exactly (PROVENANCE.md, "Expected fields").
/// </summary>
public sealed class YouTubePlaylistFixtureTests
{
    private static readonly ResponseFixtureFolders Folders = PlaylistFixtureFolders.Folders;

    /// <summary>The own cases always give rows, so the theory never runs empty whether or not ../shared is there.</summary>
    public static TheoryData<string, string> Cases() => Folders.AllCases();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Response_gives_the_expected_page(string source, string name)
    {
        var response = BrowseResponse.Parse(File.ReadAllBytes(Folders.ResponsePath(source, name)));
        var expected = JsonNode.Parse(File.ReadAllText(Folders.ExpectedPath(source, name)))!.AsObject();

        var actual = Normalised(PlaylistListingReader.Read(response));

        var expectedItems = expected["items"]!.AsArray();
        var actualItems = actual["items"]!.AsArray();
        actualItems.Select(i => (string?)i!["video_id"]).Should().Equal(expectedItems.Select(i => (string?)i!["video_id"]), "the rows of {0}, in order", name);
        for (var i = 0; i < expectedItems.Count; i++)
        {
            JsonNode.DeepEquals(actualItems[i], expectedItems[i]).Should().BeTrue(
                "row {0} of {1} should be {2} but was {3}", i, name, expectedItems[i]!.ToJsonString(), actualItems[i]!.ToJsonString());
        }

        actual.Remove("items");
        expected.Remove("items");
        JsonNode.DeepEquals(actual, expected).Should().BeTrue("the page of {0} should be {1} but was {2}", name, expected.ToJsonString(), actual.ToJsonString());
    }

    [Fact]
    public void The_projects_own_cases_are_there()
    {
        ResponseFixtureFolders.Cases(Folders.OwnFolder).Should().HaveCountGreaterThanOrEqualTo(3);
    }

    [Fact]
    public void Rows_that_cannot_be_downloaded_say_why_with_the_contracts_code()
    {
        var listing = PlaylistListingReader.Read(BrowseResponse.Parse(File.ReadAllBytes(Folders.ResponsePath(ResponseFixtureFolders.Own, "own-unavailable-rows"))));

        listing.Items.Select(i => (i.VideoId, i.Unavailable)).Should().Equal(
            ("OwnPlayabl1", null),
            ("OwnDeleted1", DownloadErrorCode.VideoUnavailable),
            ("OwnPrivate1", DownloadErrorCode.Private),
            ("OwnBlocked1", DownloadErrorCode.VideoUnavailable),
            ("OwnMembers1", DownloadErrorCode.MembersOnly),
            ("OwnLockup01", null));
        listing.Items.Single(i => i.VideoId == "OwnBlocked1").UnavailableReason.Should().Be("Video unavailable", "YouTube's own text is kept");
        listing.Items.Where(i => !i.Playable).Should().OnlyContain(i => !string.IsNullOrEmpty(i.UnavailableReason));
    }

    [Theory]
    [InlineData("""{"responseContext": {}, "error": {"code": 400}}""")]
    [InlineData("""{"contents": {"singleColumnBrowseResultsRenderer": {}}}""")]
    [InlineData("""{"alerts": [{"alertWithButtonRenderer": {"type": "INFO", "text": {"simpleText": "Unavailable videos will be hidden"}}}]}""")]
    public void A_body_that_is_no_playlist_page_is_unreadable_not_an_empty_list(string body)
    {
        var response = BrowseResponse.Parse(System.Text.Encoding.UTF8.GetBytes(body));

        var read = () => PlaylistListingReader.Read(response);

        read.Should().Throw<InvalidDataException>();
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("<html>")]
    public void A_body_that_is_no_json_object_is_unreadable(string body)
    {
        var parse = () => BrowseResponse.Parse(System.Text.Encoding.UTF8.GetBytes(body));

        parse.Should().Throw<InvalidDataException>();
    }

    [Theory]
    [InlineData("1 video", 1)]
    [InlineData("No videos", 0)]
    [InlineData("4,999 videos", 4999)]
    [InlineData("1.2K videos", null)]
    [InlineData("200 views", null)]
    [InlineData("videos", null)]
    public void Video_counts_read_only_from_exact_texts(string text, int? count) =>
        YouTubeDownloader.YouTube.Search.DisplayNumbers.VideoCount(text).Should().Be(count);

    [Fact]
    public void The_first_page_token_is_the_browse_envelope_of_PROVENANCE()
    {
        PlaylistId.TryParseId("PLabcdefghijklmnopqrstuvwxyz0123456", out var id).Should().BeTrue();

        var token = PlaylistContinuation.FirstPage(id!.Value);

        // Read back with a reader written here from PROVENANCE.md: {80226972: {2: "VL<id>", 3: "CADCBgIIAA%3D%3D", 35: "<id>"}}.
        var envelope = new Google.Protobuf.CodedInputStream(Convert.FromBase64String(token.Replace("%3D", "=", StringComparison.Ordinal).Replace('-', '+').Replace('_', '/')));
        Google.Protobuf.WireFormat.GetTagFieldNumber(envelope.ReadTag()).Should().Be(80226972);
        var browse = new Google.Protobuf.CodedInputStream(envelope.ReadBytes().ToByteArray());
        envelope.IsAtEnd.Should().BeTrue();
        var fields = new List<(int, string)>();
        for (var tag = browse.ReadTag(); tag != 0; tag = browse.ReadTag())
        {
            fields.Add((Google.Protobuf.WireFormat.GetTagFieldNumber(tag), browse.ReadString()));
        }

        fields.Should().Equal((2, "VL" + id.Value.Value), (3, "CADCBgIIAA%3D%3D"), (35, id.Value.Value));
        PlaylistContinuation.BrowseParams.Should().Be("wgYCCAA%3D");
    }

    /// <summary>
    /// The recorded requests of the 2026 design, which this client sends (header browses, first pages through the built
    /// token, later pages through the previous page's token), against what this client sends for them: the same path and
    /// query, the same client name and exactly the same fields of the call, so the first page's token byte for byte.
    /// </summary>
    [Fact]
    public void The_client_sends_what_the_recorded_client_sent()
    {
        if (Folders.RecordedFolder is not { } folder)
        {
            return;
        }

        var names = ResponseFixtureFolders.Cases(folder).Where(n => n.Contains("-2026-", StringComparison.Ordinal)).ToList();
        names.Should().HaveCountGreaterThanOrEqualTo(7, "YOUTUBE_PLAYLIST_FIXTURES holds the 2026 recordings");
        foreach (var name in names)
        {
            var recorded = JsonNode.Parse(File.ReadAllText(Folders.RequestPath(ResponseFixtureFolders.Recorded, name)))!.AsObject();
            var (pathAndQuery, body) = OurRequest(name, YouTubeClientDefaults.Web);

            pathAndQuery.Should().Be((string)recorded["endpoint"]! + "?" + (string)recorded["url_query"]!, "the path of {0}", name);
            var recordedBody = recorded["body"]!.AsObject().DeepClone().AsObject();
            ((string?)body["context"]!["client"]!["clientName"]).Should().Be((string?)recordedBody["context"]!["client"]!["clientName"]);
            body.Remove("context");
            recordedBody.Remove("context");
            JsonNode.DeepEquals(body, recordedBody).Should().BeTrue(
                "the call's own fields of {0} should be {1} but were {2}", name, recordedBody.ToJsonString(), body.ToJsonString());
        }
    }

    /// <summary>What this client sends for the recorded call <paramref name="name"/>, the list's id read from its header call.</summary>
    private static (string PathAndQuery, JsonObject Body) OurRequest(string name, YouTubeClientProfile client)
    {
        var dash = name.LastIndexOf('-');
        var headerRequest = JsonNode.Parse(File.ReadAllText(Folders.RequestPath(ResponseFixtureFolders.Recorded, name[..dash] + "-meta")))!;
        PlaylistId.TryParseId(((string)headerRequest["body"]!["browseId"]!)[2..], out var id).Should().BeTrue();
        var part = name[(dash + 1)..];
        if (part == "meta")
        {
            return (InnerTubeClient.PlaylistHeaderPath, InnerTubeClient.PlaylistHeaderBody(client, id!.Value, null));
        }

        var token = part == "page1"
            ? PlaylistContinuation.FirstPage(id!.Value)
            : (string)JsonNode.Parse(File.ReadAllText(Folders.ExpectedPath(ResponseFixtureFolders.Recorded, $"{name[..dash]}-page{int.Parse(part[4..], System.Globalization.CultureInfo.InvariantCulture) - 1}")))!["continuation"]!;
        return (InnerTubeClient.BrowsePath, InnerTubeClient.ContinuationBody(client, token, null));
    }

    /// <summary>The page in the fields and names of <c>NAME.expected.json</c>.</summary>
    private static JsonObject Normalised(PlaylistListing listing) => new()
    {
        ["title"] = listing.Title,
        ["author"] = listing.Author,
        ["total_videos"] = listing.TotalVideos,
        ["items"] = new JsonArray(listing.Items.Select(i => (JsonNode)new JsonObject
        {
            ["video_id"] = i.VideoId,
            ["title"] = i.Title,
            ["duration_seconds"] = i.DurationSeconds,
            ["index"] = i.Index,
            ["playable"] = i.Playable,
        }).ToArray()),
        ["continuation"] = listing.Continuation,
        ["error"] = listing.Error,
    };
}
