using System.Text.Json;
using Microsoft.Extensions.Options;
using YouTubeDownloader.YouTube.Player;

namespace YouTubeDownloader.Tests.YouTube.Player;

/// <summary>
/// Player scripts with the answers their challenges must get (<c>NAME.base.js</c> + <c>NAME.challenges.json</c>): the
/// hand-written ones in <c>YouTube/Player/Players</c>, and the recorded ones in the folder of
/// <c>YOUTUBE_PLAYER_FIXTURES</c>, read in place (third-party data) and simply absent in a plain clone.
/// </summary>
internal static class PlayerFixtures
{
    public const string Own = "own";
    public const string Recorded = "recorded";
    private const string ScriptSuffix = ".base.js";

    public static string OwnFolder => Path.Combine(AppContext.BaseDirectory, "YouTube", "Player", "Players");

    public static string? RecordedFolder =>
        Environment.GetEnvironmentVariable("YOUTUBE_PLAYER_FIXTURES") is { Length: > 0 } folder && Directory.Exists(folder)
            ? Path.GetFullPath(folder)
            : null;

    /// <summary>The NAMEs of the scripts in <paramref name="folder"/>; none when the folder is absent.</summary>
    public static IEnumerable<string> Names(string? folder) =>
        folder is null
            ? []
            : Directory.EnumerateFiles(folder, "*" + ScriptSuffix)
                .Select(p => Path.GetFileName(p)[..^ScriptSuffix.Length])
                .Order(StringComparer.Ordinal);

    public static string Folder(string source) =>
        source == Own ? OwnFolder : RecordedFolder ?? throw new InvalidOperationException("YOUTUBE_PLAYER_FIXTURES is not set.");

    /// <summary>The script, under its own player id when its name starts with one, else a stand-in id.</summary>
    public static PlayerScript Script(string source, string name)
    {
        var text = File.ReadAllText(Path.Combine(Folder(source), name + ScriptSuffix));
        return new PlayerScript(PlayerId.TryParse(name.Split('.')[0], out var id) ? id : PlayerId.Parse("0000ab12"), text);
    }

    public static JsonElement Challenges(string source, string name) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder(source), name + ".challenges.json"))).RootElement;

    public static PlayerChallengeSolver Solver(ChallengeEngineLimits? limits = null) =>
        new(new V8ChallengeEngine(Options.Create(limits ?? new ChallengeEngineLimits())));
}
