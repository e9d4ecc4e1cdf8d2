using System.Diagnostics.CodeAnalysis;

namespace YouTubeDownloader.Downloads;

/// <summary>
/// A YouTube playlist id (<c>PL…</c>, <c>UU…</c>, <c>OLAK5uy_…</c>, <c>RD…</c>). A URL naming one is read by
/// <c>YouTube.PlaylistUrl</c>.
/// </summary>
public readonly record struct PlaylistId
{
    private PlaylistId(string value) => Value = value;

    public string Value { get; }

    /// <summary>A mix ("radio"): YouTube generates it without end, so it cannot be downloaded whole.</summary>
    public bool IsMix => Value.StartsWith("RD", StringComparison.Ordinal);

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

    public static bool TryParseId(string? text, [NotNullWhen(true)] out PlaylistId? id)
    {
        id = text is not null && IsValidId(text) ? new PlaylistId(text) : null;
        return id is not null;
    }

    public override string ToString() => Value;
}
