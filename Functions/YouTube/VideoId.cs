using System.Diagnostics.CodeAnalysis;
using System.Web;

namespace YouTubeDownloader.YouTube;

/// <summary>
/// An 11-character YouTube video id, parsed from a bare id or a URL on one of YouTube's hosts (<see cref="YouTubeUrl"/>).
/// </summary>
public readonly record struct VideoId
{
    // Path prefixes followed by the id as the next segment.
    private static readonly HashSet<string> IdSegments = new(StringComparer.OrdinalIgnoreCase)
    {
        "shorts", "embed", "live", "v", "e",
    };

    private VideoId(string value) => Value = value;

    public string Value { get; }

    public static bool IsValidId(ReadOnlySpan<char> text)
    {
        if (text.Length != 11)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_' && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    public static bool TryParse(string? input, [NotNullWhen(true)] out VideoId? id)
    {
        id = null;
        var text = input?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        if (IsValidId(text))
        {
            id = new VideoId(text);
            return true;
        }

        if (!YouTubeUrl.TryParse(text, out var uri))
        {
            return false;
        }

        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        string? candidate = null;
        if (uri.Host.EndsWith("youtu.be", StringComparison.OrdinalIgnoreCase))
        {
            candidate = segments.Length == 1 ? segments[0] : null;
        }
        else if (segments is ["watch"])
        {
            candidate = HttpUtility.ParseQueryString(uri.Query)["v"];
        }
        else if (segments.Length == 2 && IdSegments.Contains(segments[0]))
        {
            candidate = segments[1];
        }

        if (candidate is not null && IsValidId(candidate))
        {
            id = new VideoId(candidate);
        }

        return id is not null;
    }

    public static VideoId Parse(string input) =>
        TryParse(input, out var id) ? id.Value : throw new FormatException($"'{input}' is not a YouTube video URL or id.");

    public override string ToString() => Value;
}
