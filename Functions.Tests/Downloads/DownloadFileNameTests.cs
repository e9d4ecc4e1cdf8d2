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

    [Theory]
    [InlineData("Ünïcödé quotes 日本語 🎵.mp4", "Unicode quotes.mp4")]
    [InlineData("Straße Æsir Øresund Łódź Œuvre.mp4", "Strasse AEsir Oresund Lodz OEuvre.mp4")] // German, Nordic, Polish, French
    [InlineData("Crème brûlée à la française.m4a", "Creme brulee a la francaise.m4a")]
    [InlineData("Tiếng Việt Đà Nẵng.mp4", "Tieng Viet Da Nang.mp4")] // stacked diacritics, đ
    [InlineData("Çağrı İzmir Şişli ı.mp4", "Cagri Izmir Sisli i.mp4")] // Turkish
    [InlineData("Þórður Ðrúður Ħamrun.mp4", "Thordur Drudur Hamrun.mp4")]
    [InlineData("ﬁnal ＦＵＬＬ ２０２６ № 5™.mp4", "final FULL 2026 No 5TM.mp4")] // compatibility forms
    [InlineData("Don’t stop – live.mp4", "Don't stop - live.mp4")]
    [InlineData("Москва Tokyo東京Tower Αθήνα.mp4", "Tokyo Tower.mp4")] // Cyrillic, CJK, Greek: no ASCII form
    [InlineData("مرحبا 🎉 שלום.mp4", "download.mp4")] // Arabic, Hebrew, emoji only
    [InlineData("日本語のタイトル.mp4", "download.mp4")]
    [InlineData("a／b：c.mp4", "a b c.mp4")] // full-width separators fold to characters a name may not hold
    [InlineData("x\u0301y.mp4", "xy.mp4")] // a lone combining mark belongs to its letter
    [InlineData("Plain ASCII (live) [4K].mp4", "Plain ASCII (live) [4K].mp4")]
    public void The_ascii_fallback_folds_latin_letters_and_drops_the_rest(string fileName, string expected) =>
        DownloadFileName.AsciiFallback(fileName).Should().Be(expected);

    [Fact]
    public void Audio_gets_m4a_and_audio_mp4()
    {
        DownloadFileName.From("Song", DownloadType.Audio).Should().Be("Song.m4a");
        DownloadFileName.ContentTypeOf(DownloadType.Audio).Should().Be("audio/mp4");
        DownloadFileName.ContentTypeOf(DownloadType.Video).Should().Be("video/mp4");
    }

    [Fact]
    public void Opus_audio_gets_opus_and_audio_ogg_and_a_video_stays_mp4()
    {
        DownloadFileName.From("Song", DownloadType.Audio, AudioFormat.Opus).Should().Be("Song.opus");
        DownloadFileName.ContentTypeOf(DownloadType.Audio, AudioFormat.Opus).Should().Be("audio/ogg");
        DownloadFileName.From("Clip", DownloadType.Video, AudioFormat.Opus).Should().Be("Clip.mp4");
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
