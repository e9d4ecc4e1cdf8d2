using YouTubeDownloader.Media;
using YouTubeDownloader.Subtitles;

namespace YouTubeDownloader.Tests.Subtitles;

/// <summary>The WebVTT reader and writer against files shaped as the W3C WebVTT specification describes them.</summary>
public sealed class WebVttTests
{
    [Fact]
    public void Cues_are_read_with_their_times_and_plain_text_skipping_header_notes_and_styles()
    {
        const string vtt = "\uFEFFWEBVTT - a title\r\nKind: captions\r\nLanguage: en\r\n\r\n"
            + "NOTE a comment\r\nover two lines\r\n\r\n"
            + "STYLE\r\n::cue { color: yellow }\r\n\r\n"
            + "intro\r\n00:00:01.000 --> 00:00:02.500 align:start position:0%\r\n<i>Hello</i> &amp; welcome\r\n\r\n"
            + "01:02.000 --> 01:04.250\r\nfirst<00:01:02.500><c> word</c>\r\nsecond line\r\n\r\n"
            + "00:00:05.000 --> 00:00:05.010\r\n \r\n";

        WebVttReader.Read(vtt).Should().Equal(
            new TextCue(1000, 2500, "Hello & welcome"),
            new TextCue(62_000, 64_250, "first word\nsecond line"));
    }

    [Fact]
    public void Text_that_is_not_webvtt_is_refused()
    {
        var read = () => WebVttReader.Read("1\n00:00:01,000 --> 00:00:02,000\nSubRip\n");

        read.Should().Throw<InvalidDataException>();
    }

    [Fact]
    public void Written_cues_read_back_the_same_with_markup_escaped()
    {
        TextCue[] cues = [new(0, 1500, "a <b> & c"), new(3_723_004, 3_725_000, "two\nlines")];

        var vtt = WebVttWriter.Write(cues);

        vtt.Should().Be("WEBVTT\n\n00:00:00.000 --> 00:00:01.500\na &lt;b&gt; &amp; c\n\n01:02:03.004 --> 01:02:05.000\ntwo\nlines\n");
        WebVttReader.Read(vtt).Should().Equal(cues);
    }
}
