using System.Text.Json;
using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Tests.Downloads;

public sealed class ClipSpanTests
{
    [Theory]
    [InlineData("90", 90_000)]
    [InlineData("90.5", 90_500)]
    [InlineData(" 0 ", 0)]
    [InlineData("1:30", 90_000)]
    [InlineData("0:05.250", 5_250)]
    [InlineData("1:02:03", 3_723_000)]
    [InlineData("10:00:00", 36_000_000)]
    [InlineData("75:00", 4_500_000)]
    public void Times_are_seconds_or_colon_separated(string text, long ms)
    {
        ClipSpan.TryParse(text, out var parsed).Should().BeTrue();
        parsed.Should().Be(ms);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-5")]
    [InlineData("1:60")]
    [InlineData("1:75:00")]
    [InlineData("1:2:3:4")]
    [InlineData("1.5:30")]
    [InlineData("1:")]
    [InlineData(":30")]
    [InlineData("1e3")]
    [InlineData("abc")]
    [InlineData("1:30 ")]
    [InlineData("999999999")]
    public void Anything_else_is_refused(string text)
    {
        // "1:30 " trims, so only its malformed neighbours fail; the trimmed form is accepted.
        ClipSpan.TryParse(text, out _).Should().Be(text == "1:30 ");
    }

    [Theory]
    [InlineData("{\"start\": 60, \"end\": 150}", 60_000, 150_000)]
    [InlineData("{\"start\": \"1:00\", \"end\": \"2:30\"}", 60_000, 150_000)]
    [InlineData("{\"start\": 1.25, \"end\": \"0:02.5\"}", 1_250, 2_500)]
    public void A_span_reads_numbers_and_text(string json, long start, long end)
    {
        var (s, e) = Bounds(json);
        ClipSpan.TryRead(s, e, out var clip).Should().BeTrue();
        clip.Should().Be(new ClipSpan(start, end));
    }

    [Theory]
    [InlineData("{\"start\": 60}")]
    [InlineData("{\"end\": 60}")]
    [InlineData("{\"start\": true, \"end\": 60}")]
    [InlineData("{\"start\": -1, \"end\": 60}")]
    [InlineData("{\"start\": [1], \"end\": 60}")]
    public void A_half_or_malformed_span_is_refused(string json)
    {
        var (s, e) = Bounds(json);
        ClipSpan.TryRead(s, e, out _).Should().BeFalse();
    }

    [Fact]
    public void No_bounds_is_no_clip()
    {
        var (s, e) = Bounds("{\"start\": null}");
        ClipSpan.TryRead(s, e, out var clip).Should().BeTrue();
        clip.Should().BeNull();
    }

    [Theory]
    [InlineData(60_000, 150_000, "1.00-2.30")]
    [InlineData(0, 5_999, "0.00-0.05")]
    [InlineData(3_723_000, 4_323_000, "1.02.03-1.12.03")]
    public void The_label_names_the_span(long start, long end, string label) =>
        new ClipSpan(start, end).Label.Should().Be(label);

    [Fact]
    public void The_file_name_carries_the_span() =>
        DownloadFileName.From("Title", DownloadType.Video, clip: new ClipSpan(60_000, 150_000)).Should().Be("Title [1.00-2.30].mp4");

    private static (JsonElement? Start, JsonElement? End) Bounds(string json)
    {
        var root = JsonDocument.Parse(json).RootElement;
        return (root.TryGetProperty("start", out var s) ? s : null, root.TryGetProperty("end", out var e) ? e : null);
    }
}
