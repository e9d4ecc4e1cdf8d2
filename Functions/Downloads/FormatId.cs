using System.Globalization;

namespace YouTubeDownloader.Downloads;

/// <summary>
/// An exact stream choice as the original API (yt-dlp) wrote it: one itag (<c>"140"</c>, <c>"18"</c>) or video+audio
/// (<c>"137+140"</c>). Only the shape is checked here; whether the video has those streams is known when it is resolved.
/// </summary>
public static class FormatId
{
    public static bool IsValid(string? text) => TryParse(text, out _);

    public static bool TryParse(string? text, out IReadOnlyList<int> itags)
    {
        itags = [];
        var parts = text?.Trim().Split('+');
        if (parts is not { Length: 1 or 2 })
        {
            return false;
        }

        var parsed = new List<int>();
        foreach (var part in parts)
        {
            if (part.Length is 0 or > 4 || !int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var itag) || itag == 0)
            {
                return false;
            }

            parsed.Add(itag);
        }

        itags = parsed;
        return true;
    }
}
