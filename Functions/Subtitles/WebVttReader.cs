using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using YouTubeDownloader.Media;

namespace YouTubeDownloader.Subtitles;

/// <summary>
/// Reads the cues of a WebVTT file (W3C WebVTT, "WebVTT file parsing"): the <c>WEBVTT</c> signature line, then blocks
/// separated by blank lines; <c>NOTE</c>, <c>STYLE</c> and <c>REGION</c> blocks are skipped, a cue block is an optional
/// identifier line, the timing line (<c>[hh:]mm:ss.ttt --&gt; [hh:]mm:ss.ttt</c> and settings) and its text. The text
/// keeps its lines; tags (<c>&lt;c&gt;</c>, <c>&lt;i&gt;</c>, YouTube's word timestamps <c>&lt;00:00:01.500&gt;</c>) are dropped
/// and character references decoded, so what is left is plain text for any player.
/// </summary>
public static partial class WebVttReader
{
    /// <exception cref="InvalidDataException">The text does not start with the WebVTT signature.</exception>
    public static IReadOnlyList<TextCue> Read(string vtt)
    {
        var lines = vtt.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        if (lines.Length == 0 || !Signature().IsMatch(lines[0]))
        {
            throw new InvalidDataException("The text is not WebVTT: it does not start with the WEBVTT signature.");
        }

        var cues = new List<TextCue>();
        var i = 1;
        while (i < lines.Length && lines[i].Length > 0)
        {
            i++; // the header's other lines
        }

        while (i < lines.Length)
        {
            if (lines[i].Length == 0)
            {
                i++;
                continue;
            }

            var start = i;
            while (i < lines.Length && lines[i].Length > 0)
            {
                i++;
            }

            if (Cue(lines.AsSpan(start, i - start)) is { } cue)
            {
                cues.Add(cue);
            }
        }

        return cues;
    }

    private static TextCue? Cue(ReadOnlySpan<string> block)
    {
        var timingAt = block[0].Contains("-->", StringComparison.Ordinal) ? 0 : 1;
        if (timingAt >= block.Length || Timing().Match(block[timingAt]) is not { Success: true } timing)
        {
            return null; // NOTE, STYLE, REGION, or a block that is no cue
        }

        var startMs = Milliseconds(timing.Groups["start"].Value);
        var endMs = Milliseconds(timing.Groups["end"].Value);
        var text = string.Join('\n', block[(timingAt + 1)..].ToArray().Select(PlainText)).Trim('\n');
        // A cue with no text (YouTube's automatic captions hold 10 ms ones between lines) shows nothing.
        return endMs > startMs && text.Trim().Length > 0 ? new TextCue(startMs, endMs, text) : null;
    }

    private static string PlainText(string line) => WebUtility.HtmlDecode(Tag().Replace(line, ""));

    private static long Milliseconds(string time)
    {
        var parts = time.Split(':', '.');
        var numbers = parts.Select(p => long.Parse(p, NumberStyles.None, CultureInfo.InvariantCulture)).ToArray();
        return numbers.Length == 4
            ? (((numbers[0] * 60) + numbers[1]) * 60 + numbers[2]) * 1000 + numbers[3]
            : ((numbers[0] * 60) + numbers[1]) * 1000 + numbers[2];
    }

    [GeneratedRegex(@"^WEBVTT([ \t].*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Signature();

    [GeneratedRegex(@"^(?<start>(?:\d{2,}:)?[0-5]\d:[0-5]\d\.\d{3})[ \t]+-->[ \t]+(?<end>(?:\d{2,}:)?[0-5]\d:[0-5]\d\.\d{3})(?:[ \t].*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Timing();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}
