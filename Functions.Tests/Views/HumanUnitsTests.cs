using YouTubeDownloader.Views;

namespace YouTubeDownloader.Tests.Views;

public sealed class HumanUnitsTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData(0.0, "")]
    [InlineData(512.0, "512.0 B/s")]
    [InlineData(5_452_595.0, "5.2 MB/s")]
    [InlineData(2_147_483_648.0, "2.0 GB/s")]
    public void Speeds_read_like_the_original_api(double? bytesPerSecond, string expected) =>
        HumanUnits.Speed(bytesPerSecond).Should().Be(expected);

    [Theory]
    [InlineData(null, "")]
    [InlineData(0.2, "1s")]
    [InlineData(45.0, "45s")]
    [InlineData(125.0, "2m05s")]
    [InlineData(3725.0, "1h02m")]
    public void Durations_are_short(double? seconds, string expected) => HumanUnits.Duration(seconds).Should().Be(expected);

    [Fact]
    public void Timestamps_are_iso_8601_utc() =>
        HumanUnits.Timestamp(new DateTimeOffset(2026, 11, 27, 11, 15, 0, TimeSpan.FromHours(1))).Should().Be("2026-11-27T10:15:00Z");
}
