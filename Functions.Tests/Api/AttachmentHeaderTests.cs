using YouTubeDownloader.Api;

namespace YouTubeDownloader.Tests.Api;

public sealed class AttachmentHeaderTests
{
    [Fact]
    public void The_exact_name_comes_first_then_the_ascii_fallback() =>
        AttachmentHeader.For("Song title.m4a").Should().Be("attachment; filename*=UTF-8''Song%20title.m4a; filename=\"Song title.m4a\"");

    [Fact]
    public void Non_ascii_names_are_percent_encoded_and_replaced_in_the_fallback() =>
        AttachmentHeader.For("日本 é.mp4").Should().Be("attachment; filename*=UTF-8''%E6%97%A5%E6%9C%AC%20%C3%A9.mp4; filename=\"__ _.mp4\"");
}
