using System.Globalization;
using System.Text.RegularExpressions;

namespace YouTubeDownloader.YouTube.Player;

/// <summary>
/// One player build's JavaScript (<c>base.js</c>, 2–3 MB), as fetched. Its <see cref="SignatureTimestamp"/> goes into the
/// player request of a client whose formats are deciphered with it, or the signatures would not match.
/// </summary>
public sealed partial class PlayerScript
{
    public PlayerScript(PlayerId id, string source)
    {
        Id = id;
        Source = source;
        var match = TimestampPattern().Match(source);
        SignatureTimestamp = match.Success && int.TryParse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }

    public PlayerId Id { get; }

    public string Source { get; }

    /// <summary><c>signatureTimestamp:NNNNN</c> of the script; null when the script has none.</summary>
    public int? SignatureTimestamp { get; }

    // Minified as signatureTimestamp:20472; tolerate spaces and quotes in case a build is less minified.
    [GeneratedRegex(@"[""']?signatureTimestamp[""']?\s*:\s*(\d{1,9})", RegexOptions.CultureInvariant)]
    private static partial Regex TimestampPattern();
}
