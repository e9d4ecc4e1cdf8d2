using System.Net;
using YouTubeDownloader.Benchmarks;
using YouTubeDownloader.Testing.FakeYouTube;

namespace YouTubeDownloader.Tests.YouTube.Clients;

/// <summary><c>check-youtube</c> (what <c>scripts/check-youtube.sh</c> runs) against the fake YouTube: its lines and its exit status.</summary>
public sealed class CheckYouTubeCommandTests(Xunit.Abstractions.ITestOutputHelper log) : FakeYouTubeTests
{
    [Fact]
    public async Task Each_client_gets_a_line_and_one_working_client_is_exit_zero()
    {
        var player = ChallengeFixtures.Player();
        Fake.UsePlayer(player);
        var (videoId, json) = ChallengeFixtures.TvResponse();
        Fake.SetPlayer("TVHTML5", videoId, PlayerAnswer.WithChallenges(json));
        Fake.SetPlayer("VISIONOS", videoId, PlayerAnswer.HttpError(HttpStatusCode.BadRequest));

        var (code, lines) = await RunAsync(videoId);

        code.Should().Be(0, string.Join('\n', lines));
        lines.Should().HaveCount(4);
        lines[0].Should().StartWith($"check-youtube: video {videoId} at {Fake.BaseAddress}");
        lines[1].Should().Be("client VISIONOS: player answered: no; usable formats: 0; challenges: not needed (player none); " +
                             "refused: source_error: Client VISIONOS: /youtubei/v1/player answered 400 Bad Request.");
        lines[2].Should().MatchRegex(
            $@"^client TVHTML5: player answered: yes; usable formats: [1-9]\d*; challenges: needed, solved (\d+) of \1 with player {player.Id} in \d+ ms \(player ready in \d+ ms\); first 64 KiB of itag \d+: ok \(200, 65536 bytes\)$");
        lines[3].Should().Be("result: 1 of 2 clients work");
    }

    [Fact]
    public async Task No_working_client_is_exit_one()
    {
        Fake.SetPlayer("VISIONOS", "OwnDown0001", PlayerAnswer.HttpError(HttpStatusCode.BadRequest));

        var (code, lines) = await RunAsync("OwnDown0001");

        code.Should().Be(1);
        lines[2].Should().StartWith("client TVHTML5: player answered: no; usable formats: 0; challenges: not reached (player 00000000); refused: source_error:");
        lines[^1].Should().Be("result: 0 of 2 clients work");
    }

    [Fact]
    public async Task A_bad_command_line_is_exit_two()
    {
        (await new CheckYouTubeCommand().RunAsync(["not a video id!"], new StringWriter(), CancellationToken.None)).Should().Be(2);
    }

    private async Task<(int Code, string[] Lines)> RunAsync(string videoId)
    {
        var output = new StringWriter();
        var code = await new CheckYouTubeCommand().RunAsync(
            [videoId, "--set", $"YouTube:ApiBaseAddress={Fake.BaseAddress}", "--set", $"YouTube:StreamHosts:0={Fake.BaseAddress.Host}"],
            output,
            CancellationToken.None);
        log.WriteLine(output.ToString());
        return (code, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
