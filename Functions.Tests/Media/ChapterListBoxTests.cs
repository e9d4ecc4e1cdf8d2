using System.Text;
using YouTubeDownloader.Media;
using YouTubeDownloader.Media.IsoBmff;

namespace YouTubeDownloader.Tests.Media;

/// <summary>The bytes of 'chpl', as ffmpeg 5.1's movenc writes them (mov_write_chpl_tag).</summary>
public sealed class ChapterListBoxTests
{
    [Fact]
    public void Chapters_are_a_version_1_chpl_with_100ns_starts_and_length_prefixed_utf8_titles()
    {
        var writer = new BoxWriter();

        ChapterListBox.Write(writer, [new Chapter(0, 1500, "Intro"), new Chapter(1500, 3000, "Ünï")]);

        byte[] expected =
        [
            0, 0, 0, 0x2D, .. "chpl"u8, 1, 0, 0, 0, 0, 0, 0, 0, 2,
            0, 0, 0, 0, 0, 0, 0, 0, 5, .. "Intro"u8,
            0, 0, 0, 0, 0, 0xE4, 0xE1, 0xC0, 5, .. Encoding.UTF8.GetBytes("Ünï"),
        ];
        writer.ToArray().Should().Equal(expected);
    }

    [Fact]
    public void No_chapters_write_nothing_and_a_long_title_is_cut_before_a_whole_character()
    {
        var empty = new BoxWriter();
        ChapterListBox.Write(empty, []);
        empty.Length.Should().Be(0);

        var writer = new BoxWriter();
        ChapterListBox.Write(writer, [new Chapter(0, 1000, new string('a', 254) + "é")]);
        var bytes = writer.ToArray();
        bytes[8 + 4 + 4 + 1 + 8].Should().Be(254, "'é' is two bytes and would pass 255");
    }
}
