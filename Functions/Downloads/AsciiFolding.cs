using System.Globalization;
using System.Text;

namespace YouTubeDownloader.Downloads;

/// <summary>
/// Latin letters with diacritics to their ASCII base letters (<c>Ü</c> → <c>U</c>, <c>é</c> → <c>e</c>,
/// <c>ß</c> → <c>ss</c>, <c>ł</c> → <c>l</c>), compatibility forms to theirs (<c>ﬁ</c> → <c>fi</c>,
/// full-width <c>Ａ</c> → <c>A</c>); a character with no ASCII form (<c>日</c>, <c>Ж</c>, an emoji) gives null.
/// </summary>
/// <remarks>
/// Hand-written: transliteration libraries (AnyAscii, Unidecode) romanize every script (<c>日本語</c> →
/// <c>RiBenYu</c>), while a file name fallback should keep only what already is Latin. Unicode's compatibility
/// decomposition (NFKD) does most of the work; the table holds the letters it does not decompose.
/// </remarks>
public static class AsciiFolding
{
    private static readonly Dictionary<int, string> Letters = new()
    {
        ['ß'] = "ss", ['ẞ'] = "SS", ['æ'] = "ae", ['Æ'] = "AE", ['œ'] = "oe", ['Œ'] = "OE",
        ['ø'] = "o", ['Ø'] = "O", ['ł'] = "l", ['Ł'] = "L", ['đ'] = "d", ['Đ'] = "D", ['ð'] = "d", ['Ð'] = "D",
        ['þ'] = "th", ['Þ'] = "Th", ['ı'] = "i", ['ħ'] = "h", ['Ħ'] = "H", ['ŧ'] = "t", ['Ŧ'] = "T",
        ['ŋ'] = "n", ['Ŋ'] = "N", ['ĸ'] = "k", ['ƒ'] = "f", ['ɫ'] = "l", ['ȿ'] = "s",
        ['‘'] = "'", ['’'] = "'", ['‚'] = "'", ['‛'] = "'", ['′'] = "'",
        ['‐'] = "-", ['‑'] = "-", ['‒'] = "-", ['–'] = "-", ['—'] = "-", ['―'] = "-", ['−'] = "-",
    };

    /// <summary>
    /// The ASCII form of <paramref name="rune"/>; null when it has none; empty for a lone combining mark, which
    /// belongs to the letter before it.
    /// </summary>
    public static string? Fold(Rune rune)
    {
        if (rune.IsAscii)
        {
            return rune.ToString();
        }

        if (IsMark(rune))
        {
            return "";
        }

        if (Letters.TryGetValue(rune.Value, out var letters))
        {
            return letters;
        }

        // Decomposed, a letter with diacritics is its base letter followed by combining marks.
        var ascii = new StringBuilder();
        foreach (var part in rune.ToString().Normalize(NormalizationForm.FormKD).EnumerateRunes())
        {
            if (part.IsAscii)
            {
                ascii.Append((char)part.Value);
            }
            else if (Letters.TryGetValue(part.Value, out var mapped))
            {
                ascii.Append(mapped);
            }
            else if (!IsMark(part))
            {
                return null;
            }
        }

        return ascii.Length > 0 ? ascii.ToString() : null;
    }

    private static bool IsMark(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.EnclosingMark;
}
