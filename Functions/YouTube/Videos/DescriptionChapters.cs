using System.Globalization;
using System.Text.RegularExpressions;
using YouTubeDownloader.Media;

namespace YouTubeDownloader.YouTube.Videos;

/// <summary>
/// The chapters YouTube makes of a description's timestamp list: the list starts with a line at 0:00, holds at least
/// three timestamps in ascending order, and every chapter (the last one up to the video's end) lasts at least 10 s.
/// A description that breaks a rule has no chapters, as on YouTube. A timestamp opens its line (<c>0:00 Intro</c>,
/// <c>[1:05] – Verse</c>) or ends it (<c>Intro - 0:00</c>); the rest of the line, separators trimmed, is the title.
/// </summary>
public static partial class DescriptionChapters
{
    public const int MinEntries = 3;

    public const int MinChapterSeconds = 10;

    /// <summary>Titles are cut to this many characters: they are labels, and they travel in messages and rows.</summary>
    public const int MaxTitleLength = 100;

    /// <summary>The most a file's chapter list ('chpl') holds.</summary>
    public const int MaxChapters = 255;

    private const string Separators = " \t-–—:|•·*>)]";

    public static IReadOnlyList<Chapter> Read(string? description, int durationSeconds)
    {
        if (string.IsNullOrEmpty(description) || durationSeconds <= 0)
        {
            return [];
        }

        var entries = new List<(long Seconds, string Title)>();
        foreach (var line in description.Split('\n'))
        {
            if (Entry(line.Trim()) is not { } entry)
            {
                continue;
            }

            if (entries.Count == 0 && entry.Seconds != 0)
            {
                continue; // the list begins at 0:00; timestamps before it are prose
            }

            if (entries.Count > 0 && entry.Seconds <= entries[^1].Seconds)
            {
                break; // the list ends where the times stop rising
            }

            entries.Add(entry);
        }

        if (entries.Count < MinEntries || entries.Count > MaxChapters)
        {
            return [];
        }

        var chapters = new List<Chapter>(entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            var end = i + 1 < entries.Count ? entries[i + 1].Seconds : durationSeconds;
            if (end - entries[i].Seconds < MinChapterSeconds)
            {
                return [];
            }

            chapters.Add(new Chapter(entries[i].Seconds * 1000, end * 1000, entries[i].Title));
        }

        return chapters;
    }

    private static (long Seconds, string Title)? Entry(string line)
    {
        var match = Leading().Match(line);
        if (!match.Success)
        {
            match = Trailing().Match(line);
        }

        if (!match.Success)
        {
            return null;
        }

        var time = match.Groups["time"].Value;
        var title = match.Groups["title"].Value.Trim(Separators.ToCharArray()).Trim();
        if (title.Length > MaxTitleLength)
        {
            title = title[..MaxTitleLength].TrimEnd();
        }

        return (Seconds(time), title);
    }

    /// <summary><c>M:SS</c>, <c>MM:SS</c> or <c>H:MM:SS</c>; seconds (and minutes after hours) under 60.</summary>
    private static long Seconds(string time)
    {
        var parts = time.Split(':').Select(p => long.Parse(p, NumberStyles.None, CultureInfo.InvariantCulture)).ToArray();
        return parts.Length == 3 ? (parts[0] * 3600) + (parts[1] * 60) + parts[2] : (parts[0] * 60) + parts[1];
    }

    [GeneratedRegex(@"^[\(\[]?(?<time>(?:\d{1,2}:)?\d{1,2}:[0-5]\d)[\)\]]?(?:\s|$)(?<title>.*)$", RegexOptions.CultureInvariant, 100)]
    private static partial Regex Leading();

    [GeneratedRegex(@"^(?<title>.*\S)\s+[\(\[]?(?<time>(?:\d{1,2}:)?\d{1,2}:[0-5]\d)[\)\]]?$", RegexOptions.CultureInvariant, 100)]
    private static partial Regex Trailing();
}
