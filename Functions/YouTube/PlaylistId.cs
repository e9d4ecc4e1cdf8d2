using System.Diagnostics.CodeAnalysis;
using System.Web;

namespace YouTubeDownloader.YouTube;

/// <summary>
/// A YouTube playlist id (<c>PL…</c>, <c>UU…</c>, <c>OLAK5uy_…</c>, <c>RD…</c>), parsed from a
/// <c>/playlist?list=</c> URL on one of YouTube's hosts (<see cref="YouTubeUrl"/>), or from the <c>list=</c> of a
/// watch URL when the caller asks for it: a watch URL names one video unless the client says it wants the list.
/// </summary>
public readonly record struct PlaylistId
{
    private PlaylistId(string value) => Value = value;

    public string Value { get; }

    /// <summary>A mix ("radio"): YouTube generates it without end, so it cannot be downloaded whole.</summary>
    public bool IsMix => Value.StartsWith("RD", StringComparison.Ordinal);

    /// <summary>The id YouTube's browse endpoint takes for this list.</summary>
    public string BrowseId => "VL" + Value;

    public static bool IsValidId(ReadOnlySpan<char> text)
    {
        // Real ids run from 13 (RD + id) to 41 characters; the bounds leave room without taking any text.
        if (text.Length is < 10 or > 64)
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

    /// <summary>
    /// True when <paramref name="input"/> is a URL that names a playlist: <c>/playlist?list=</c>, or a watch URL's
    /// <c>list=</c> when <paramref name="includeWatchUrls"/>. <paramref name="id"/> is null when the named id is malformed.
    /// </summary>
    public static bool TryParse(string? input, bool includeWatchUrls, out PlaylistId? id)
    {
        id = null;
        var text = input?.Trim();
        if (string.IsNullOrEmpty(text) || !YouTubeUrl.TryParse(text, out var uri))
        {
            return false;
        }

        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments is not (["playlist"] or ["watch"]) || (segments is ["watch"] && !includeWatchUrls))
        {
            return false;
        }

        var list = HttpUtility.ParseQueryString(uri.Query)["list"];
        if (list is null)
        {
            return false;
        }

        if (IsValidId(list))
        {
            id = new PlaylistId(list);
        }

        return true;
    }

    public static bool TryParseId(string? text, [NotNullWhen(true)] out PlaylistId? id)
    {
        id = text is not null && IsValidId(text) ? new PlaylistId(text) : null;
        return id is not null;
    }

    public override string ToString() => Value;
}
