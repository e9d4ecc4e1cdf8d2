using System.Globalization;
using System.Text.Json;

namespace YouTubeDownloader.Downloads;

/// <summary>
/// The part of a video a download keeps: from <see cref="StartMs"/> to <see cref="EndMs"/>, in milliseconds from the video's
/// start. Read from the request's <c>start</c>/<c>end</c>: seconds (a number or its text, decimals allowed) or
/// <c>"H:MM:SS"</c>/<c>"M:SS"</c> (the last part may carry decimals).
/// </summary>
public sealed record ClipSpan(long StartMs, long EndMs)
{
    /// <summary>Hours beyond this are no video's; it also keeps every figure far from overflow.</summary>
    private const long MaxMs = 1000L * 3600 * 1000;

    public long LengthMs => EndMs - StartMs;

    public double StartSeconds => StartMs / 1000.0;

    public double EndSeconds => EndMs / 1000.0;

    /// <summary>The span as the media layer cuts files by it.</summary>
    public Media.MediaClip ForMedia() => new(StartMs, EndMs);

    /// <summary>
    /// About how many of <paramref name="bytes"/> (the whole video's) the clip fetches: its share of <paramref name="durationSeconds"/>,
    /// what a task shows as its size and progress until the file is made.
    /// </summary>
    public long ShareOf(long bytes, int durationSeconds) =>
        durationSeconds <= 0 ? bytes : (long)Math.Min(bytes, (double)bytes * LengthMs / (durationSeconds * 1000.0));

    /// <summary>The span for a file name: <c>1.00-2.30</c>, hours first when there are any (<c>1.02.03-1.12.03</c>).</summary>
    public string Label => Format(StartMs) + "-" + Format(EndMs);

    /// <summary>A clip when both bounds are given; null when neither is; false when one is missing or malformed.</summary>
    public static bool TryRead(JsonElement? start, JsonElement? end, out ClipSpan? clip)
    {
        clip = null;
        var hasStart = start is { ValueKind: not JsonValueKind.Null };
        var hasEnd = end is { ValueKind: not JsonValueKind.Null };
        if (!hasStart && !hasEnd)
        {
            return true;
        }

        if (!hasStart || !hasEnd || !TryReadTime(start!.Value, out var startMs) || !TryReadTime(end!.Value, out var endMs))
        {
            return false;
        }

        clip = new ClipSpan(startMs, endMs);
        return true;
    }

    /// <summary>One bound: a JSON number of seconds, or text as <see cref="TryParse"/> reads it.</summary>
    public static bool TryReadTime(JsonElement value, out long ms)
    {
        ms = 0;
        return value.ValueKind switch
        {
            JsonValueKind.Number => value.TryGetDouble(out var seconds) && TryFromSeconds(seconds, out ms),
            JsonValueKind.String => TryParse(value.GetString(), out ms),
            _ => false,
        };
    }

    /// <summary><c>"90"</c>, <c>"90.5"</c>, <c>"1:30"</c>, <c>"1:02:03"</c>, <c>"0:01:30.250"</c>: minutes and seconds after a colon are below 60.</summary>
    public static bool TryParse(string? text, out long ms)
    {
        ms = 0;
        var parts = (text ?? "").Trim().Split(':');
        if (parts.Length > 3 || parts.Any(p => p.Length == 0 || p.Any(c => !char.IsAsciiDigit(c) && c != '.')))
        {
            return false;
        }

        // Only the seconds may have decimals; hours and minutes are whole.
        if (parts[..^1].Any(p => p.Contains('.')) || !double.TryParse(parts[^1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds))
        {
            return false;
        }

        var whole = parts[..^1].Select(p => long.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1).ToList();
        if (whole.Any(n => n < 0) || (parts.Length > 1 && seconds >= 60) || (parts.Length == 3 && whole[1] >= 60) || whole.Any(n => n > MaxMs))
        {
            return false;
        }

        var total = seconds + whole.Aggregate(0.0, (sum, n) => (sum + n) * 60);
        return TryFromSeconds(total, out ms);
    }

    /// <summary>Text for a file name: M.SS, or H.MM.SS from an hour on (whole seconds).</summary>
    private static string Format(long ms)
    {
        var total = ms / 1000;
        var (hours, minutes, seconds) = (total / 3600, total / 60 % 60, total % 60);
        return hours > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{hours}.{minutes:00}.{seconds:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{minutes}.{seconds:00}");
    }

    private static bool TryFromSeconds(double seconds, out long ms)
    {
        ms = double.IsFinite(seconds) && seconds >= 0 && seconds * 1000 <= MaxMs ? (long)Math.Round(seconds * 1000) : 0;
        return double.IsFinite(seconds) && seconds >= 0 && seconds * 1000 <= MaxMs;
    }
}
