using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Playlists;
using YouTubeDownloader.Testing.FakeYouTube;
using YouTubeDownloader.YouTube;
using YouTubeDownloader.Sources;

namespace YouTubeDownloader.Tests.YouTube.Playlists;

/// <summary>
/// The <see cref="IPlaylistSource"/> production registers, reading from the fake YouTube: hand-made lists paged small so
/// the continuations run, refusals and failures, and (when present) the recorded 2026 pages served for the very requests
/// the client sends.
/// </summary>
public sealed class YouTubePlaylistSourceTests : IAsyncLifetime
{
    private const string ListId = "PLfakeList0123456789abcdefghijklmn";
    private FakeYouTubeServer fake = null!;
    private ServiceProvider services = null!;

    private IPlaylistSource Source => services.GetRequiredService<IPlaylistSource>();

    public async Task InitializeAsync()
    {
        fake = await FakeYouTubeServer.StartAsync();
        services = YouTubeTestServices.Create(fake);
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await fake.DisposeAsync();
    }

    private static PlaylistId Id(string value) => PlaylistId.TryParseId(value, out var id) ? id.Value : throw new ArgumentException(value);

    [Fact]
    public async Task Reads_every_page_of_a_list_through_continuations_numbering_every_row()
    {
        fake.AddPlaylist(
            ListId,
            "Hand-made list",
            "Fake Channel",
            [
                new FakePlaylistEntry("fakeVideo01", Title: "First", DurationSeconds: 61),
                FakePlaylistEntry.Deleted("fakeVideo02"),
                FakePlaylistEntry.Private("fakeVideo03"),
                FakePlaylistEntry.MembersOnly("fakeVideo04"),
                FakePlaylistEntry.Unplayable("fakeVideo05"),
            ],
            pageSize: 2);

        var pages = new List<PlaylistPage> { await Source.ReadFirstPageAsync(Id(ListId), default) };
        while (pages[^1].Next is { } cursor)
        {
            pages.Add(await Source.ReadNextPageAsync(Id(ListId), cursor, default));
        }

        pages.Should().HaveCount(3);
        pages.Should().OnlyContain(p => p.Title == "Hand-made list" && p.Author == "Fake Channel" && p.TotalVideos == 5);
        pages.Select(p => p.Next?.EntriesRead).Should().Equal(2, 4, null);
        var entries = pages.SelectMany(p => p.Entries).ToList();
        entries.Select(e => (e.VideoId, e.Index, e.Unavailable)).Should().Equal(
            ("fakeVideo01", 1, null),
            ("fakeVideo02", 2, DownloadErrorCode.VideoUnavailable),
            ("fakeVideo03", 3, DownloadErrorCode.Private),
            ("fakeVideo04", 4, DownloadErrorCode.MembersOnly),
            ("fakeVideo05", 5, DownloadErrorCode.VideoUnavailable));
        entries[0].Should().BeEquivalentTo(new PlaylistEntry("fakeVideo01", "First", 61, 1));
        entries.Skip(1).Should().OnlyContain(e => !e.Playable && !string.IsNullOrEmpty(e.UnavailableReason));
    }

    [Fact]
    public async Task Asks_for_the_header_then_the_first_page_by_the_built_token_then_the_pages_tokens()
    {
        fake.AddPlaylist(ListId, "List", null, ["fakeVideo01", "fakeVideo02", "fakeVideo03"], pageSize: 2);

        var first = await Source.ReadFirstPageAsync(Id(ListId), default);
        await Source.ReadNextPageAsync(Id(ListId), first.Next!, default);

        var requests = fake.BrowseRequests.ToList();
        requests.Should().HaveCount(3);
        requests[0].PathAndQuery.Should().Be("/youtubei/v1/browse?$fields=sidebar,header,microformat,alerts&prettyPrint=false");
        requests[0].BrowseId.Should().Be("VL" + ListId);
        requests[0].Params.Should().Be("wgYCCAA%3D");
        requests[1].Continuation.Should().NotBeNull();
        requests[1].PlaylistId.Should().Be(ListId, "the fake reads the list's id out of the token the client built");
        requests[2].Continuation.Should().Be(first.Next!.Token);
        requests.Should().OnlyContain(r => r.ClientName == "WEB" && r.Headers["X-YouTube-Client-Name"] == "1");
        requests.Skip(1).Should().OnlyContain(r => r.PathAndQuery == "/youtubei/v1/browse?prettyPrint=false" && r.BrowseId == null);
    }

    [Fact]
    public async Task Rows_without_titles_take_the_videos_own_from_the_player_the_fake_serves()
    {
        var videoId = fake.Serve("VISIONOS", "own-muxed-only_OwnMuxOnly1");
        fake.AddPlaylist(ListId, "List", null, [videoId]);

        var page = await Source.ReadFirstPageAsync(Id(ListId), default);

        var details = JsonNode.Parse(File.ReadAllText(Path.Combine(FixtureFolders.OwnFolder, "own-muxed-only_OwnMuxOnly1.player.json")))!["videoDetails"]!;
        page.Entries.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new PlaylistEntry(videoId, (string)details["title"]!, int.Parse((string)details["lengthSeconds"]!, System.Globalization.CultureInfo.InvariantCulture), 1));
    }

    [Theory]
    [InlineData(null, DownloadErrorCode.VideoUnavailable, "The playlist does not exist.")]
    [InlineData("This playlist is private.", DownloadErrorCode.Private, "This playlist is private.")]
    [InlineData("This playlist type is unviewable.", DownloadErrorCode.VideoUnavailable, "This playlist type is unviewable.")]
    public async Task A_refused_list_fails_for_good_with_YouTubes_reason(string? alert, DownloadErrorCode code, string reason)
    {
        if (alert is not null)
        {
            fake.AddPlaylist(ListId, "List", null, ["fakeVideo01"]).ErrorAlert = alert;
        }

        var read = () => Source.ReadFirstPageAsync(Id(ListId), default);

        var failure = (await read.Should().ThrowAsync<DownloadFailedException>()).Which;
        failure.IsRetryable.Should().BeFalse();
        (failure.Code, failure.Message).Should().Be((code, reason));
        failure.Text.Should().Be(Texts.PlaylistRefused(code), "YouTube's words go to the log; the client reads the catalogue");
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable, DownloadErrorCode.SourceError)]
    [InlineData(HttpStatusCode.TooManyRequests, DownloadErrorCode.RateLimited)]
    public async Task A_failing_YouTube_is_a_transient_failure(HttpStatusCode status, DownloadErrorCode code)
    {
        fake.AddPlaylist(ListId, "List", null, ["fakeVideo01"]).FailWith = status;

        var read = () => Source.ReadFirstPageAsync(Id(ListId), default);

        var failure = (await read.Should().ThrowAsync<DownloadFailedException>()).Which;
        failure.IsRetryable.Should().BeTrue();
        failure.Code.Should().Be(code);
    }

    [Theory]
    [InlineData("[1, 2]")]
    [InlineData("""{"responseContext": {}}""")]
    public async Task An_unreadable_answer_is_a_transient_failure(string body)
    {
        fake.AddPlaylist(ListId, "List", null, ["fakeVideo01"]).AnswerBody = body;

        var read = () => Source.ReadFirstPageAsync(Id(ListId), default);

        var failure = (await read.Should().ThrowAsync<DownloadFailedException>()).Which;
        failure.IsRetryable.Should().BeTrue();
        failure.Code.Should().Be(DownloadErrorCode.SourceError);
    }

    [Fact]
    public async Task A_failure_on_a_later_page_is_transient_too()
    {
        var playlist = fake.AddPlaylist(ListId, "List", null, ["fakeVideo01", "fakeVideo02"], pageSize: 1);
        var first = await Source.ReadFirstPageAsync(Id(ListId), default);
        playlist.FailWith = HttpStatusCode.InternalServerError;

        var read = () => Source.ReadNextPageAsync(Id(ListId), first.Next!, default);

        var failure = (await read.Should().ThrowAsync<DownloadFailedException>()).Which;
        failure.IsRetryable.Should().BeTrue();
        failure.Code.Should().Be(DownloadErrorCode.SourceError);
    }

    /// <summary>The recorded 2026 lists, served by the fake only for the exact requests NewPipe's client sent.</summary>
    [Fact]
    public async Task Reads_the_recorded_lists_through_the_requests_they_answered()
    {
        if (PlaylistFixtureFolders.Folders.RecordedFolder is not { } folder)
        {
            return;
        }

        foreach (var name in new[] { "timelesspophits-2026-01-meta", "timelesspophits-2026-01-page1", "timelesspophits-2026-01-page2", "membersonly-2026-01-meta", "membersonly-2026-01-page1" })
        {
            fake.ServePlaylistFixture(folder, name);
        }

        var pop = Id("PLMC9KNkIncKtPzgY-5rmhvj7fax8fdxoj");
        var first = await Source.ReadFirstPageAsync(pop, default);
        var second = await Source.ReadNextPageAsync(pop, first.Next!, default);
        var members = await Source.ReadFirstPageAsync(Id("UUMOQuLXlFNAeDJMSmuzHU5axw"), default);

        (first.Title, first.Author, first.TotalVideos).Should().Be(("Pop Music Playlist - Timeless Pop Songs (Updated Weekly 2026)", "by Redlist - Just Hits", 200));
        first.Entries.Concat(second.Entries).Select(e => e.Index).Should().Equal(Enumerable.Range(1, 200));
        second.Next.Should().BeNull();
        members.Entries.Should().HaveCount(100).And.OnlyContain(e => e.Unavailable == DownloadErrorCode.MembersOnly);
        var expected = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "timelesspophits-2026-01-page2.expected.json")))!["items"]!.AsArray();
        second.Entries.Select(e => (e.VideoId, e.Title, e.DurationSeconds)).Should().Equal(
            expected.Select(i => ((string)i!["video_id"]!, (string)i["title"]!, (int?)i["duration_seconds"])));
    }
}
