using System.Globalization;
using System.Text;
using YouTubeDownloader.Media;

namespace YouTubeDownloader.Subtitles;

/// <summary>
/// Writes cues as a WebVTT file (W3C WebVTT): the signature, then per cue its timing line (<c>hh:mm:ss.ttt --&gt; hh:mm:ss.ttt</c>)
/// and its text, blocks split by a blank line. The text is escaped (<c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c>) and blank lines inside
/// it dropped, as a cue's text may hold neither a tag-like run nor an empty line nor <c>--&gt;</c>.
/// </summary>
public static class WebVttWriter
{
    public static string Write(IEnumerable<TextCue> cues)
    {
        var text = new StringBuilder("WEBVTT\n");
        foreach (var cue in cues)
        {
            text.Append('\n')
                .Append(Time(cue.StartMs)).Append(" --> ").Append(Time(cue.EndMs)).Append('\n');
            foreach (var line in cue.Text.Split('\n').Where(l => l.Trim().Length > 0))
            {
                text.Append(Escape(line)).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Time(long ms) => string.Create(
        CultureInfo.InvariantCulture, $"{ms / 3_600_000:D2}:{ms / 60_000 % 60:D2}:{ms / 1000 % 60:D2}.{ms % 1000:D3}");

    private static string Escape(string line) =>
        line.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
