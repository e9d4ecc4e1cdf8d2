using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using YouTubeDownloader.Testing;
using YouTubeDownloader.Testing.FakeYouTube;
using YouTubeDownloader.Testing.Logging;
using YouTubeDownloader.Testing.Media;
using YouTubeDownloader.Tests.Media;
using YouTubeDownloader.Tests.Support;
using YouTubeDownloader.YouTube;
using YouTubeDownloader.YouTube.Clients;

namespace YouTubeDownloader.Tests.YouTube.Clients;

/// <summary>
/// Downloads through the clients that need YouTube's JavaScript player, end to end: the HTTP functions, the durable
/// workflow and Azurite, the production resolver, and the fake YouTube serving the player (recorded, or the project's
/// own without ../shared) and formats whose <c>sig</c> and <c>n</c> it checks on every media request.
/// </summary>
public sealed class PlayerChainWorkflowTests : IAsyncLifetime
{
    private const string SapisidValue = "sApIsId-Secret-0123456789";
    private const string OtherCookieValue = "sid-secret-9876543210";
    private readonly string playerContainer = $"players-{Guid.NewGuid():N}";
    private readonly CapturedLogs logs = new();
    private FakeYouTubeServer fake = null!;
    private DownloadApp? app;
    private FakePoTokenProvider? provider;
    private MuxPair media = null!;
    private FakePlayer player = null!;
    private string videoId = null!;

    public async Task InitializeAsync()
    {
        fake = await FakeYouTubeServer.StartAsync();
        player = ChallengeFixtures.Player();
        fake.UsePlayer(player);
        media = await MuxFixtures.GetAsync(MuxShapes.ManyFragments);
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        if (provider is not null)
        {
            await provider.DisposeAsync();
        }

        await fake.DisposeAsync();
        await new BlobServiceClient((await AzuriteServer.Shared).ConnectionString).GetBlobContainerClient(playerContainer).DeleteIfExistsAsync();
    }

    [Fact]
    public async Task A_download_through_the_tv_client_solves_sig_and_n_and_its_bytes_are_right()
    {
        await StartAsync(new() { ["YouTube:ClientOrder:0"] = "TVHTML5" });
        ServeTv("TVHTML5");

        var id = await DownloadAudioAsync();

        var request = fake.PlayerRequests.Should().ContainSingle().Subject;
        request.Headers["X-YouTube-Client-Name"].Should().Be("7");
        request.Headers["X-YouTube-Client-Version"].Should().Be(YouTubeClientDefaults.Tv.Version);
        using (var body = JsonDocument.Parse(request.Body))
        {
            body.RootElement.GetProperty("playbackContext").GetProperty("contentPlaybackContext").GetProperty("signatureTimestamp").GetInt32()
                .Should().Be(player.SignatureTimestamp!.Value);
        }

        var gets = fake.MediaRequests.Where(r => r.Method == "GET").ToList();
        gets.Should().NotBeEmpty().And.OnlyContain(r => r.StatusCode == 200, "every media URL carried the solver's sig and n");
        fake.ScriptRequests(player.Id).Should().Be(1);
        var outcome = ChainLines().Should().ContainSingle().Subject;
        outcome.Level.Should().Be(LogLevel.Information);
        outcome.Message.Should().Contain("TVHTML5").And.Contain($"player {player.Id}").And.Contain("usable formats").And.Contain(" ms");
        outcome.Exception.Should().BeNull();
        await AssertAudioAsync(id);
    }

    [Fact]
    public async Task When_visionos_refuses_the_chain_falls_through_to_the_tv_client()
    {
        await StartAsync();
        ServeTv("TVHTML5");
        fake.SetPlayer("VISIONOS", videoId, PlayerAnswer.HttpError(HttpStatusCode.BadRequest));

        var id = await DownloadAudioAsync();

        fake.PlayerRequests.Select(r => r.ClientName).Should().Equal("VISIONOS", "TVHTML5");
        var lines = ChainLines();
        lines.Should().HaveCount(2, "one line per client asked");
        lines[0].Message.Should().Contain("VISIONOS").And.Contain("400");
        lines[1].Message.Should().Contain("TVHTML5").And.Contain(player.Id);
        logs.Lines.Should().NotContain(l => l.Exception != null && l.Category.Contains("YouTube", StringComparison.Ordinal));
        await AssertAudioAsync(id);
    }

    [Fact]
    public async Task A_new_player_part_way_is_fetched_and_prepared_once_and_its_answers_used()
    {
        // No reuse of player responses: every stream opened asks the chain again, with whichever player is current.
        await StartAsync(new() { ["YouTube:ClientOrder:0"] = "TVHTML5", ["YouTube:PlayerCacheMinutes"] = "0" });
        ServeTv("TVHTML5");
        await AssertAudioAsync(await DownloadAudioAsync());

        var next = ChallengeFixtures.NextPlayer();
        fake.UsePlayer(next);
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await app!.StartAsync(videoId, "audio")).GetProperty("download_id").GetString()!);
        }

        foreach (var id in ids)
        {
            (await app!.WaitForEndAsync(id)).GetProperty("status").GetString().Should().Be("completed", await app.DescribeWorkflowAsync(id));
        }

        fake.ScriptRequests(player.Id).Should().Be(1);
        fake.ScriptRequests(next.Id).Should().Be(1, "three downloads at once wait for the one preparation");
        logs.Lines.Count(l => l.Message.Contains($"Player {next.Id} prepared", StringComparison.Ordinal)).Should().Be(1);
        ChainLines().Last().Message.Should().Contain($"player {next.Id}");
        fake.MediaRequests.Where(r => r.Method == "GET").Should().OnlyContain(r => r.StatusCode == 200);
    }

    [Fact]
    public async Task A_player_the_solver_cannot_read_skips_the_client_with_one_line_and_the_next_client_serves()
    {
        var unreadable = ChallengeFixtures.Unreadable();
        fake.UsePlayer(unreadable);
        await StartAsync(new() { ["YouTube:ClientOrder:0"] = "TVHTML5", ["YouTube:ClientOrder:1"] = "VISIONOS" });
        ServeTv("TVHTML5");
        fake.SetPlayer("VISIONOS", videoId, PlayerAnswer.Json(PlainCopyOfTvResponse()));

        var id = await DownloadAudioAsync();

        fake.PlayerRequests.Select(r => r.ClientName).Should().Equal(["VISIONOS"], "the TV client is skipped before it asks");
        var lines = ChainLines();
        lines.Should().HaveCount(2);
        lines[0].Message.Should().Contain("TVHTML5").And.Contain(unreadable.Id).And.Contain("FunctionNotFound");
        lines[0].Exception.Should().BeNull();
        logs.AllText.Should().NotContain("   at ", "no stack trace reaches the log");
        await AssertAudioAsync(id);
    }

    [Fact]
    public async Task A_po_token_client_gets_its_token_from_the_provider_and_sends_it_in_the_request_and_on_media()
    {
        provider = await FakePoTokenProvider.StartAsync();
        await StartAsync(new()
        {
            ["YouTube:ClientOrder:0"] = "WEB",
            ["YouTube:PoTokenProvider:BaseAddress"] = provider.BaseAddress.ToString(),
        });
        ServeTv("WEB", requiresPoToken: true);

        var id = await DownloadAudioAsync();

        provider.Bindings.Should().Equal([videoId], "the token is bound to the video and kept for the rest of the download");
        var token = provider.Minted.Should().ContainSingle().Subject;
        var request = fake.PlayerRequests.Should().ContainSingle().Subject;
        using (var body = JsonDocument.Parse(request.Body))
        {
            body.RootElement.GetProperty("serviceIntegrityDimensions").GetProperty("poToken").GetString().Should().Be(token);
        }

        fake.MediaRequests.Where(r => r.Method == "GET").Should().NotBeEmpty().And.OnlyContain(r => r.StatusCode == 200);
        logs.AllText.Should().NotContain(token, "a PO token is a credential");
        await AssertAudioAsync(id);
    }

    [Fact]
    public async Task A_provider_that_does_not_answer_skips_its_client_in_time_and_the_next_one_serves()
    {
        provider = await FakePoTokenProvider.StartAsync();
        provider.Hangs = true;
        await StartAsync(new()
        {
            ["YouTube:ClientOrder:0"] = "WEB",
            ["YouTube:ClientOrder:1"] = "TVHTML5",
            ["YouTube:PoTokenProvider:BaseAddress"] = provider.BaseAddress.ToString(),
            ["YouTube:PoTokenProvider:TimeoutMilliseconds"] = "300",
        });
        ServeTv("TVHTML5");

        var id = await DownloadAudioAsync();

        fake.PlayerRequests.Select(r => r.ClientName).Should().Equal("TVHTML5");
        ChainLines()[0].Message.Should().Contain("WEB").And.Contain("no PO token (Unavailable");
        await AssertAudioAsync(id);
    }

    [Fact]
    public async Task Cookies_give_the_logged_in_clients_and_sapisidhash_and_never_reach_a_log()
    {
        var cookies = string.Join('\n',
            "# Netscape HTTP Cookie File",
            $".youtube.com\tTRUE\t/\tTRUE\t{DateTimeOffset.UtcNow.AddDays(30).ToUnixTimeSeconds()}\tSAPISID\t{SapisidValue}",
            $"#HttpOnly_.youtube.com\tTRUE\t/\tTRUE\t{DateTimeOffset.UtcNow.AddDays(30).ToUnixTimeSeconds()}\tSID\t{OtherCookieValue}");
        await StartAsync(new() { ["YouTube:Cookies"] = cookies });
        ServeTv("WEB_EMBEDDED_PLAYER");

        var id = await DownloadAudioAsync();

        var request = fake.PlayerRequests.Should().ContainSingle().Subject;
        request.ClientName.Should().Be("WEB_EMBEDDED_PLAYER", "with cookies the logged-in clients come first");
        request.Headers["Cookie"].Should().Contain($"SAPISID={SapisidValue}").And.Contain($"SID={OtherCookieValue}");
        var authorization = request.Headers["Authorization"];
        authorization.Should().StartWith("SAPISIDHASH ");
        var (timestamp, hash) = (authorization["SAPISIDHASH ".Length..].Split('_')[0], authorization.Split('_')[1]);
        hash.Should().Be(Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes($"{timestamp} {SapisidValue} https://www.youtube.com"))));
        request.Headers["X-Origin"].Should().Be("https://www.youtube.com");
        request.Headers["X-Goog-AuthUser"].Should().Be("0");
        using (var body = JsonDocument.Parse(request.Body))
        {
            body.RootElement.GetProperty("context").GetProperty("thirdParty").GetProperty("embedUrl").GetString()
                .Should().Be($"https://www.youtube.com/embed/{videoId}");
        }

        await AssertAudioAsync(id);
        logs.Lines.Should().NotBeEmpty();
        foreach (var secret in new[] { SapisidValue, OtherCookieValue, hash, "SAPISIDHASH" })
        {
            logs.AllText.Should().NotContain(secret);
        }

        (await app!.GetTaskAsync(id)).ToString().Should().NotContain(SapisidValue);
    }

    private async Task StartAsync(Dictionary<string, string?>? settings = null)
    {
        settings ??= [];
        settings["YouTube:Player:Container"] = playerContainer;
        (app, _) = await FakeYouTubeApp.StartAsync(fake, settings, services => services.AddSingleton<ILoggerProvider>(logs));
    }

    /// <summary>Serves the TV response with challenges to <paramref name="client"/>, and the test's real AAC bytes as its itag 140.</summary>
    private void ServeTv(string client, bool requiresPoToken = false)
    {
        var (id, json) = ChallengeFixtures.TvResponse();
        videoId = id;
        fake.SetMedia(videoId, 140, MediaContent.FromBytes(File.ReadAllBytes(media.Audio)));
        fake.SetPlayer(client, videoId, PlayerAnswer.WithChallenges(json, requiresPoToken));
    }

    /// <summary>The TV response with plain URLs, as a JavaScript-free client would get it.</summary>
    private string PlainCopyOfTvResponse()
    {
        var root = System.Text.Json.Nodes.JsonNode.Parse(ChallengeFixtures.TvResponse().Json)!;
        foreach (var format in root["streamingData"]!["adaptiveFormats"]!.AsArray().OfType<System.Text.Json.Nodes.JsonObject>())
        {
            if (format["signatureCipher"]?.GetValue<string>() is { } cipher)
            {
                format["url"] = System.Web.HttpUtility.ParseQueryString(cipher)["url"]!.Replace("&n=", "&x=", StringComparison.Ordinal);
                format.Remove("signatureCipher");
            }
        }

        return root.ToJsonString();
    }

    private async Task<string> DownloadAudioAsync()
    {
        var id = (await app!.StartAsync(videoId, "audio")).GetProperty("download_id").GetString()!;
        var task = await app.WaitForEndAsync(id);
        task.GetProperty("status").GetString().Should().Be("completed", await app.DescribeWorkflowAsync(id));
        return id;
    }

    private async Task AssertAudioAsync(string id)
    {
        var path = Path.Combine(MuxFixtures.Directory, $"chain-{id}.m4a");
        await File.WriteAllBytesAsync(path, await app!.Http.GetByteArrayAsync($"/api/download/{id}/file"));
        await MuxOracle.AssertJoinedAsync([media.Audio], path);
    }

    private List<CapturedLogLine> ChainLines() =>
        logs.Lines.Where(l => l.Category == typeof(YouTubeClientChain).FullName && l.Message.Contains(videoId, StringComparison.Ordinal)).ToList();
}
