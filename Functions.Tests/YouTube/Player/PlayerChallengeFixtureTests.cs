using YouTubeDownloader.YouTube.Player;

namespace YouTubeDownloader.Tests.YouTube.Player;

/// <summary>
/// Every player script of the fixture folders, prepared once, must give every recorded answer: for the recorded
/// players these are yt-dlp's own solver's (the URLs YouTube accepts), for the hand-written ones the functions' own.
/// </summary>
public sealed class PlayerChallengeFixtureTests
{
    public static TheoryData<string, string> OwnPlayers() => Cases(PlayerFixtures.Own, PlayerFixtures.OwnFolder);

    /// <summary>One case per recorded player; none in a plain clone (no YOUTUBE_PLAYER_FIXTURES folder).</summary>
    public static IEnumerable<object[]> RecordedPlayers() =>
        PlayerFixtures.Names(PlayerFixtures.RecordedFolder).Select(name => new object[] { PlayerFixtures.Recorded, name });

    [Theory]
    [MemberData(nameof(OwnPlayers))]
    [MemberData(nameof(RecordedPlayers))]
    public void Every_challenge_gets_the_recorded_answer(string source, string name)
    {
        var script = PlayerFixtures.Script(source, name);
        var challenges = PlayerFixtures.Challenges(source, name);

        using var player = PlayerFixtures.Solver().Prepare(script);

        player.Id.Should().Be(script.Id);
        player.SignatureTimestamp.Should().Be(challenges.GetProperty("signature_timestamp").GetInt32());
        var n = challenges.GetProperty("n").EnumerateArray().ToList();
        var sig = challenges.GetProperty("sig").EnumerateArray().ToList();
        n.Should().NotBeEmpty();
        sig.Should().NotBeEmpty();
        foreach (var challenge in n)
        {
            player.SolveN(challenge.GetProperty("input").GetString()!)
                .Should().Be(challenge.GetProperty("expected").GetString(), "n of {0}", challenge.GetProperty("input").GetString());
        }

        foreach (var challenge in sig)
        {
            player.SolveSig(challenge.GetProperty("input").GetString()!)
                .Should().Be(challenge.GetProperty("expected").GetString(), "sig of {0}", challenge.GetProperty("input").GetString());
        }
    }

    private static TheoryData<string, string> Cases(string source, string folder)
    {
        var data = new TheoryData<string, string>();
        foreach (var name in PlayerFixtures.Names(folder))
        {
            data.Add(source, name);
        }

        return data;
    }
}
