using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Sources;
using YouTubeDownloader.Testing.FakeYouTube;
using YouTubeDownloader.YouTube;
using YouTubeDownloader.YouTube.Clients;

namespace YouTubeDownloader.Tests.YouTube.Clients;

/// <summary>The resolver's InnerTube requests against a fake YouTube on 127.0.0.1, and the move to the next client.</summary>
public sealed class ClientFallbackTests : FakeYouTubeTests
{
    private const string Normal = "own-normal-adaptive-muxed_OwnNormal01";

    private IMediaResolver Resolver => Services.GetRequiredService<IMediaResolver>();

    [Fact]
    public async Task Player_request_carries_the_client_profile_headers_and_visitor_data()
    {
        var videoId = Fake.Serve("VISIONOS", Normal);

        await Resolver.ResolveAsync(new MediaRequest(VideoId.Parse(videoId), Quality.Parse("720p")), CancellationToken.None);

        var request = Fake.PlayerRequests.Should().ContainSingle().Subject;
        request.PathAndQuery.Should().Be("/youtubei/v1/player?prettyPrint=false");
        request.Headers["User-Agent"].Should().Be(YouTubeClientDefaults.VisionOs.UserAgent);
        request.Headers["X-YouTube-Client-Name"].Should().Be("101");
        request.Headers["X-YouTube-Client-Version"].Should().Be("1.02");
        request.Headers["Origin"].Should().Be("https://www.youtube.com");
        request.Headers["X-Goog-Visitor-Id"].Should().Be(Fake.VisitorData);
        request.Headers["Content-Type"].Should().StartWith("application/json");
        using var body = JsonDocument.Parse(request.Body);
        var client = body.RootElement.GetProperty("context").GetProperty("client");
        client.GetProperty("clientName").GetString().Should().Be("VISIONOS");
        client.GetProperty("deviceMake").GetString().Should().Be("Apple");
        client.GetProperty("osVersion").GetString().Should().Be("26.5.23O471");
        client.GetProperty("visitorData").GetString().Should().Be(Fake.VisitorData);
        client.GetProperty("hl").GetString().Should().Be("en");
        client.GetProperty("utcOffsetMinutes").GetInt32().Should().Be(0);
        body.RootElement.GetProperty("videoId").GetString().Should().Be(videoId);
        body.RootElement.GetProperty("contentCheckOk").GetBoolean().Should().BeTrue();
        body.RootElement.GetProperty("racyCheckOk").GetBoolean().Should().BeTrue();
        body.RootElement.GetProperty("playbackContext").GetProperty("contentPlaybackContext").GetProperty("html5Preference").GetString()
            .Should().Be("HTML5_PREF_WANTS");
    }

    [Fact]
    public async Task Visitor_data_is_fetched_once_and_player_responses_are_cached()
    {
        var first = Fake.Serve("VISIONOS", Normal);
        var second = Fake.Serve("VISIONOS", "own-audio-only_OwnAudio001");

        await Resolver.ResolveAsync(new MediaRequest(VideoId.Parse(first), Quality.Best), CancellationToken.None);
        await Resolver.ResolveAsync(new MediaRequest(VideoId.Parse(first), Quality.Audio), CancellationToken.None);
        await Resolver.ResolveAsync(new MediaRequest(VideoId.Parse(second), Quality.Audio), CancellationToken.None);

        Fake.SwJsDataRequests.Should().Be(1);
        Fake.PlayerRequests.Select(r => r.VideoId).Should().Equal(first, second);
    }

    [Fact]
    public async Task A_client_that_needs_the_player_sends_its_signature_timestamp()
    {
        var player = Clients.ChallengeFixtures.Player();
        Fake.UsePlayer(player);
        var videoId = Fake.Serve("TVHTML5", Normal);
        Fake.SetPlayer("VISIONOS", videoId, PlayerAnswer.HttpError(HttpStatusCode.BadRequest));

        await Resolver.ResolveAsync(new MediaRequest(VideoId.Parse(videoId), Quality.Audio), CancellationToken.None);

        var (visionOs, tv) = (Fake.PlayerRequests.First(), Fake.PlayerRequests.Last());
        using var plain = JsonDocument.Parse(visionOs.Body);
        plain.RootElement.GetProperty("playbackContext").GetProperty("contentPlaybackContext").TryGetProperty("signatureTimestamp", out _)
            .Should().BeFalse("visionOS needs no player");
        using var body = JsonDocument.Parse(tv.Body);
        body.RootElement.GetProperty("playbackContext").GetProperty("contentPlaybackContext").GetProperty("signatureTimestamp").GetInt32()
            .Should().Be(player.SignatureTimestamp!.Value);
        body.RootElement.GetProperty("context").GetProperty("client").GetProperty("clientName").GetString().Should().Be("TVHTML5");
    }

    [Fact]
    public async Task Without_a_player_the_tv_client_is_skipped_and_the_refusal_is_transient()
    {
        var videoId = Fake.Serve("TVHTML5", Normal);
        Fake.SetPlayer("VISIONOS", videoId, PlayerAnswer.HttpError(HttpStatusCode.BadRequest));

        var resolve = () => Resolver.ResolveAsync(new MediaRequest(VideoId.Parse(videoId), Quality.Audio), CancellationToken.None);

        var refusal = (await resolve.Should().ThrowAsync<DownloadFailedException>()).Which;
        refusal.Code.Should().Be(DownloadErrorCode.SourceError);
        refusal.IsRetryable.Should().BeTrue();
        Fake.PlayerRequests.Select(r => r.ClientName).Should().Equal(["VISIONOS"], "the TV client is skipped before it asks");
        Fake.IframeApiRequests.Should().Be(1);
    }

    [Theory]
    [InlineData("refused")]
    [InlineData("no-usable-formats")]
    [InlineData("wrong-video-id")]
    [InlineData("server-error")]
    [InlineData("not-json")]
    public async Task Second_client_is_used_when_the_first_fails(string failure)
    {
        Fake.UsePlayer(Clients.ChallengeFixtures.Player());
        var videoId = Fake.Serve("TVHTML5", Normal);
        Fake.SetPlayer("VISIONOS", videoId, failure switch
        {
            "refused" => PlayerAnswer.Json("""{"playabilityStatus":{"status":"UNPLAYABLE","reason":"This video is not available"},"videoDetails":{"videoId":"OwnNormal01"}}"""),
            "no-usable-formats" => PlayerAnswer.FromFile(Path.Combine(FixtureFolders.OwnFolder, "own-n-param-otf_OwnNParam01.player.json")),
            "wrong-video-id" => PlayerAnswer.FromFile(Path.Combine(FixtureFolders.OwnFolder, "own-audio-only_OwnAudio001.player.json")),
            "server-error" => PlayerAnswer.HttpError(HttpStatusCode.ServiceUnavailable),
            _ => PlayerAnswer.Json("<html>oops</html>"),
        });

        var plan = await Resolver.ResolveAsync(new MediaRequest(VideoId.Parse(videoId), Quality.Parse("720p")), CancellationToken.None);

        plan.Streams.Select(s => s.Id).Should().Equal("298", "140");
        Fake.PlayerRequests.Select(r => r.ClientName).Distinct().Should().Equal("VISIONOS", "TVHTML5");
        Fake.PlayerRequests.Last().Headers["X-YouTube-Client-Name"].Should().Be("7");
        Fake.PlayerRequests.Last().Headers["User-Agent"].Should().Be(YouTubeClientDefaults.Tv.UserAgent);
    }

    [Fact]
    public async Task An_error_status_is_final_and_the_second_client_is_not_asked()
    {
        Fake.SetPlayer("VISIONOS", "OwnMissing1", PlayerAnswer.Json("""{"playabilityStatus":{"status":"ERROR","reason":"Video unavailable"}}"""));
        Fake.UsePlayer(Clients.ChallengeFixtures.Player());
        Fake.Serve("TVHTML5", Normal);

        var resolve = () => Resolver.ResolveAsync(new MediaRequest(VideoId.Parse("OwnMissing1"), Quality.Best), CancellationToken.None);

        (await resolve.Should().ThrowAsync<DownloadFailedException>()).Which.Code.Should().Be(DownloadErrorCode.VideoUnavailable);
        Fake.PlayerRequests.Select(r => r.ClientName).Should().Equal("VISIONOS");
    }

    [Fact]
    public async Task When_every_client_refuses_the_firm_refusal_is_reported()
    {
        Fake.SetPlayer("VISIONOS", "OwnBoth0001", PlayerAnswer.HttpError(HttpStatusCode.InternalServerError));
        Fake.UsePlayer(Clients.ChallengeFixtures.Player());
        Fake.SetPlayer("TVHTML5", "OwnBoth0001", PlayerAnswer.Json("""{"playabilityStatus":{"status":"LOGIN_REQUIRED","reason":"This video is private"}}"""));

        var resolve = () => Resolver.ResolveAsync(new MediaRequest(VideoId.Parse("OwnBoth0001"), Quality.Best), CancellationToken.None);

        var failure = (await resolve.Should().ThrowAsync<DownloadFailedException>()).Which;
        failure.Code.Should().Be(DownloadErrorCode.Private);
        failure.IsRetryable.Should().BeFalse();
    }

    [Fact]
    public async Task Only_server_errors_everywhere_is_a_transient_failure()
    {
        Fake.SetPlayer("VISIONOS", "OwnDown0001", PlayerAnswer.HttpError(HttpStatusCode.BadGateway));
        Fake.UsePlayer(Clients.ChallengeFixtures.Player());
        Fake.SetPlayer("TVHTML5", "OwnDown0001", PlayerAnswer.HttpError(HttpStatusCode.TooManyRequests));

        var resolve = () => Resolver.ResolveAsync(new MediaRequest(VideoId.Parse("OwnDown0001"), Quality.Best), CancellationToken.None);

        var failure = (await resolve.Should().ThrowAsync<DownloadFailedException>()).Which;
        failure.Code.Should().Be(DownloadErrorCode.SourceError);
        failure.IsRetryable.Should().BeTrue();
    }

    [Fact]
    public async Task Client_order_comes_from_configuration_and_android_vr_is_still_a_known_profile()
    {
        await using var reordered = YouTubeTestServices.Create(Fake, new Dictionary<string, string?>
        {
            ["YouTube:ClientOrder:0"] = "ANDROID_VR",
            ["YouTube:ClientOrder:1"] = "VISIONOS",
            ["YouTube:Clients:0:Name"] = "ANDROID_VR",
            ["YouTube:Clients:0:Version"] = "1.61.0",
        });
        var videoId = Fake.Serve("ANDROID_VR", Normal);

        await reordered.GetRequiredService<IMediaResolver>().ResolveAsync(new MediaRequest(VideoId.Parse(videoId), Quality.Audio), CancellationToken.None);

        var request = Fake.PlayerRequests.Should().ContainSingle().Subject;
        request.ClientName.Should().Be("ANDROID_VR");
        request.Headers["X-YouTube-Client-Version"].Should().Be("1.61.0");
    }
}
