using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace YouTubeDownloader.YouTube.Player;

/// <summary>
/// The id of one build of YouTube's web player: 8 hex digits, the folder of its script
/// (<c>/s/player/{id}/player_ias.vflset/en_US/base.js</c>). A new build every few days; many videos share one.
/// </summary>
public readonly partial record struct PlayerId
{
    private PlayerId(string value) => Value = value;

    public string Value { get; }

    /// <summary>The path of the script under www.youtube.com.</summary>
    public string ScriptPath => $"/s/player/{Value}/player_ias.vflset/en_US/base.js";

    public static bool TryParse(string? text, out PlayerId id)
    {
        id = default;
        if (text is null || !IdPattern().IsMatch(text))
        {
            return false;
        }

        id = new PlayerId(text.ToLowerInvariant());
        return true;
    }

    public static PlayerId Parse(string text) =>
        TryParse(text, out var id) ? id : throw new FormatException($"'{text}' is not a player id (8 hex digits).");

    /// <summary>
    /// The id in the body of <c>/iframe_api</c> or of a watch page: the first <c>/s/player/XXXXXXXX/</c>, written with
    /// plain or JSON-escaped slashes (<c>player\/XXXXXXXX\/</c>) as either page writes it.
    /// </summary>
    public static bool TryFind(string body, [NotNullWhen(true)] out PlayerId? id)
    {
        var match = InPage().Match(body);
        id = match.Success ? new PlayerId(match.Groups[1].Value.ToLowerInvariant()) : null;
        return match.Success;
    }

    public override string ToString() => Value ?? "";

    [GeneratedRegex("^[0-9a-fA-F]{8}$")]
    private static partial Regex IdPattern();

    // The watch page writes "jsUrl":"/s/player/ID/…"; iframe_api a JSON-escaped 'https:\/\/www.youtube.com\/s\/player\/ID\/…'.
    [GeneratedRegex(@"player\\?/([0-9a-fA-F]{8})\\?/", RegexOptions.CultureInvariant)]
    private static partial Regex InPage();
}
