using System.Text.RegularExpressions;

namespace YouTubeDownloader.Sources;

/// <summary>
/// The subtitles a request asks for: some language codes (<c>en</c>, <c>pt-BR</c>) or every one the video has
/// (<see cref="AllText"/>), and whether automatic captions may stand in where a language has no written track.
/// </summary>
public sealed partial record SubtitleChoice(IReadOnlyList<string> Languages, bool Auto)
{
    public const string AllText = "all";

    /// <summary>Far more than any video offers; keeps the request and the task row small.</summary>
    public const int MaxLanguages = 20;

    public bool All => Languages.Any(l => string.Equals(l, AllText, StringComparison.OrdinalIgnoreCase));

    /// <summary>How the choice is stored and carried: <c>all</c> or <c>en,es</c>.</summary>
    public string Text => All ? AllText : string.Join(',', Languages);

    public bool Wants(string lang) => All || Languages.Contains(lang, StringComparer.OrdinalIgnoreCase);

    /// <summary>The choice stored as <see cref="Text"/>; null (no subtitles) for none.</summary>
    public static SubtitleChoice? From(string? text, bool auto) =>
        string.IsNullOrEmpty(text) ? null : new SubtitleChoice(text.Split(',', StringSplitOptions.RemoveEmptyEntries), auto);

    /// <summary>A BCP 47-like language code as YouTube gives them: a primary tag of 2–3 letters, then subtags (<c>zh-Hant</c>, <c>es-419</c>).</summary>
    public static bool IsLanguageCode(string? code) => code is { Length: <= 35 } && LanguageCode().IsMatch(code);

    [GeneratedRegex(@"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageCode();
}
