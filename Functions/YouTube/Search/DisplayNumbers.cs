using System.Globalization;

namespace YouTubeDownloader.YouTube.Search;

/// <summary>
/// Numbers from YouTube's display texts (English, as the search client asks for <c>hl=en</c>): a length
/// <c>"1:02:03"</c>, a view count <c>"1,234 views"</c>, a playlist's video count <c>"200 videos"</c>. Short forms ("1.2M views") and live counts
/// ("56 watching") are not exact counts and read as null.
/// </summary>
public static class DisplayNumbers
{
    /// <summary><c>"M:SS"</c> or <c>"H:MM:SS"</c> in seconds; null for anything else.</summary>
    public static int? Duration(string? text)
    {
        var parts = text?.Trim().Split(':');
        if (parts is not { Length: 2 or 3 })
        {
            return null;
        }

        var seconds = 0;
        foreach (var part in parts)
        {
            if (part.Length is 0 or > 3 || !int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                return null;
            }

            seconds = checked((seconds * 60) + value);
        }

        return seconds;
    }

    /// <summary><c>"1,234 views"</c> or <c>"1 view"</c> as the number, <c>"No views"</c> as 0; null otherwise.</summary>
    public static long? ViewCount(string? text) => Count(text, "view", "views");

    /// <summary>A playlist's <c>"4,999 videos"</c> or <c>"1 video"</c> as the number, <c>"No videos"</c> as 0; null otherwise.</summary>
    public static int? VideoCount(string? text) => Count(text, "video", "videos") is { } n && n <= int.MaxValue ? (int)n : null;

    private static long? Count(string? text, string singular, string plural)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (value.Equals("No " + plural, StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        var space = value.IndexOf(' ');
        var unit = space > 0 ? value[(space + 1)..].Trim() : "";
        if (unit != singular && unit != plural)
        {
            return null;
        }

        return long.TryParse(value[..space], NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var count) ? count : null;
    }
}
