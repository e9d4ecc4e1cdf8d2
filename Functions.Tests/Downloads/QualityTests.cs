using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Tests.Downloads;

public sealed class QualityTests
{
    [Theory]
    [InlineData("144p", 144)]
    [InlineData("720p", 720)]
    [InlineData(" 1080P ", 1080)]
    [InlineData("2160p", 2160)]
    public void Heights_parse_to_a_limit(string text, int height)
    {
        Quality.TryParse(text, out var quality).Should().BeTrue();
        quality!.Value.MaxHeight.Should().Be(height);
        quality.Value.AudioOnly.Should().BeFalse();
        quality.Value.ToString().Should().Be($"{height}p");
    }

    [Fact]
    public void Best_and_audio_are_their_own_values()
    {
        Quality.Parse("BEST").Should().Be(Quality.Best);
        Quality.Parse("audio").Should().Be(Quality.Audio);
        Quality.Best.MaxHeight.Should().BeNull();
        Quality.Audio.AudioOnly.Should().BeTrue();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("4k")]
    [InlineData("721p")]
    [InlineData("-720p")]
    [InlineData("+720p")]
    [InlineData("720")]
    [InlineData("p")]
    public void Anything_else_is_refused(string? text) => Quality.TryParse(text, out _).Should().BeFalse();
}
