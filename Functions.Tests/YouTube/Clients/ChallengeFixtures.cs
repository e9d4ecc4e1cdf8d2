using YouTubeDownloader.Testing.FakeYouTube;
using YouTubeDownloader.Tests.YouTube.Player;

namespace YouTubeDownloader.Tests.YouTube.Clients;

/// <summary>
/// What the fake YouTube serves a JavaScript client: the recorded player (<c>c9168c90</c> of
/// <c>YOUTUBE_PLAYER_FIXTURES</c>) and the recorded TV response (<c>YOUTUBE_FIXTURES</c>) when the team's recordings sit
/// beside the clone; otherwise the project's own hand-written player and fixture, so the same code path runs.
/// </summary>
internal static class ChallengeFixtures
{
    public const string RecordedPlayerName = "c9168c90";
    public const string RecordedTvResponse = "tvhtml5-2025-02-signaturecipher-music-video_K4DyBUG242c";

    /// <summary>The player of the chain tests: the recorded one, else the project's own (under a made-up id).</summary>
    public static FakePlayer Player()
    {
        if (PlayerFixtures.RecordedFolder is { } folder && File.Exists(Path.Combine(folder, RecordedPlayerName + ".base.js")))
        {
            return FakePlayer.FromFiles(RecordedPlayerName, Path.Combine(folder, RecordedPlayerName + ".base.js"),
                Path.Combine(folder, RecordedPlayerName + ".challenges.json"));
        }

        return Own("5eed0001", "own-marker-catch");
    }

    /// <summary>Another build, of another shape: what YouTube moves to part-way.</summary>
    public static FakePlayer NextPlayer() => Own("5eed0002", "own-array-entry");

    /// <summary>A script the solver cannot read (no n or sig function), under its own id.</summary>
    public static FakePlayer Unreadable() => new("0badf00d", "var _yt_player={};(function(g){g.a=1;g.b={signatureTimestamp:19999};})(_yt_player);", [], []);

    /// <summary>
    /// A TV client's player response to serve with challenges: the recorded one (its formats ciphered as recorded), else
    /// the project's own normal fixture (its plain formats are served ciphered all the same). Returns the video id and the JSON.
    /// </summary>
    public static (string VideoId, string Json) TvResponse()
    {
        if (FixtureFolders.RecordedFolder is { } folder && File.Exists(Path.Combine(folder, RecordedTvResponse + ".player.json")))
        {
            return ("K4DyBUG242c", File.ReadAllText(Path.Combine(folder, RecordedTvResponse + ".player.json")));
        }

        return ("OwnNormal01", File.ReadAllText(Path.Combine(FixtureFolders.OwnFolder, "own-normal-adaptive-muxed_OwnNormal01.player.json")));
    }

    private static FakePlayer Own(string id, string name) =>
        FakePlayer.FromFiles(id, Path.Combine(PlayerFixtures.OwnFolder, name + ".base.js"), Path.Combine(PlayerFixtures.OwnFolder, name + ".challenges.json"));
}
