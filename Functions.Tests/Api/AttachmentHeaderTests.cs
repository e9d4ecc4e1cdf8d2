using YouTubeDownloader.Api.Results;
using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Tests.Api;

public sealed class AttachmentHeaderTests
{
    [Fact]
    public void The_exact_name_comes_first_then_the_ascii_fallback() =>
        AttachmentHeader.For("Song title.m4a").Should().Be("attachment; filename*=UTF-8''Song%20title.m4a; filename=\"Song title.m4a\"");

    [Fact]
    public void Non_ascii_names_are_percent_encoded_and_folded_in_the_fallback() =>
        AttachmentHeader.For("日本 é.mp4").Should().Be("attachment; filename*=UTF-8''%E6%97%A5%E6%9C%AC%20%C3%A9.mp4; filename=e.mp4");

    [Fact]
    public void The_issue_title_falls_back_to_its_latin_letters()
    {
        var fileName = DownloadFileName.From("Ünïcödé \"quotes\" / 日本語 🎵", DownloadType.Video);

        AttachmentHeader.For(fileName).Should().Be(
            "attachment; filename*=UTF-8''%C3%9Cn%C3%AFc%C3%B6d%C3%A9%20quotes%20%E6%97%A5%E6%9C%AC%E8%AA%9E%20%F0%9F%8E%B5.mp4; " +
            "filename=\"Unicode quotes.mp4\"");
    }
}
