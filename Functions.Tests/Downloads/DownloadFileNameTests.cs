using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Tests.Downloads;

public sealed class DownloadFileNameTests
{
    [Theory]
    [InlineData("Normal title", "Normal title.mp4")]
    [InlineData("  spaced   out  ", "spaced out.mp4")]
    [InlineData("tab\there", "tab here.mp4")]
    [InlineData("zero\u200Bwidth", "zero width.mp4")]
    [InlineData("nul\0byte", "nul byte.mp4")]
    [InlineData("...hidden", "hidden.mp4")]
    [InlineData("50% off; now", "50 off now.mp4")]
    [InlineData("", "download.mp4")]
    [InlineData(null, "download.mp4")]
    [InlineData("\"\"\"", "download.mp4")]
    public void Titles_become_safe_names(string? title, string expected) =>
        DownloadFileName.From(title, DownloadType.Video).Should().Be(expected);

    [Fact]
    public void Audio_gets_m4a_and_audio_mp4()
    {
        DownloadFileName.From("Song", DownloadType.Audio).Should().Be("Song.m4a");
        DownloadFileName.ContentTypeOf(DownloadType.Audio).Should().Be("audio/mp4");
        DownloadFileName.ContentTypeOf(DownloadType.Video).Should().Be("video/mp4");
    }

    [Fact]
    public void Long_titles_stop_at_a_whole_character()
    {
        var name = DownloadFileName.From(string.Concat(Enumerable.Repeat("😀", 100)), DownloadType.Video);

        name.Should().EndWith(".mp4");
        name.Length.Should().BeLessThanOrEqualTo(124);
        char.IsHighSurrogate(name[^5]).Should().BeFalse("a surrogate pair is never cut in half");
    }
}
