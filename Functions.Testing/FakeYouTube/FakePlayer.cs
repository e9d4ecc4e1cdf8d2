using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace YouTubeDownloader.Testing.FakeYouTube;

/// <summary>
/// One player build the fake serves: its script and the answers its <c>n</c> and <c>sig</c> functions give (a
/// <c>NAME.challenges.json</c>: <c>{"n": [{"input", "expected"}], "sig": [...]}</c>). Challenged formats are served with
/// these inputs, and a media request is answered only with these answers.
/// </summary>
public sealed partial class FakePlayer
{
    public FakePlayer(string id, string script, IReadOnlyList<(string Input, string Expected)> n, IReadOnlyList<(string Input, string Expected)> sig)
    {
        Id = id;
        Script = script;
        N = n;
        Sig = sig;
        var match = Timestamp().Match(script);
        SignatureTimestamp = match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>8 hex digits.</summary>
    public string Id { get; }

    public string Script { get; }

    public int? SignatureTimestamp { get; }

    public IReadOnlyList<(string Input, string Expected)> N { get; }

    public IReadOnlyList<(string Input, string Expected)> Sig { get; }

    /// <summary>A script and its challenges file, served under <paramref name="id"/>.</summary>
    public static FakePlayer FromFiles(string id, string scriptPath, string challengesPath)
    {
        using var challenges = JsonDocument.Parse(File.ReadAllText(challengesPath));
        return new FakePlayer(id, File.ReadAllText(scriptPath), Pairs(challenges.RootElement, "n"), Pairs(challenges.RootElement, "sig"));
    }

    private static List<(string, string)> Pairs(JsonElement root, string kind) =>
        root.GetProperty(kind).EnumerateArray()
            .Select(c => (c.GetProperty("input").GetString()!, c.GetProperty("expected").GetString()!))
            .ToList();

    [GeneratedRegex(@"signatureTimestamp\s*:\s*(\d+)")]
    private static partial Regex Timestamp();
}
