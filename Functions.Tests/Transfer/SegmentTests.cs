using YouTubeDownloader.Transfer;

namespace YouTubeDownloader.Tests.Transfer;

public sealed class SegmentTests
{
    [Theory]
    [InlineData(0, 10, 0)]
    [InlineData(1, 10, 1)]
    [InlineData(10, 10, 1)]
    [InlineData(11, 10, 2)]
    [InlineData(1L << 32, 10 * 1024 * 1024, 410)]
    public void Segments_cover_the_stream_exactly_once(long length, int size, int count)
    {
        var segments = Segment.Split(length, size);

        segments.Should().HaveCount(count);
        segments.Sum(s => s.Length).Should().Be(length);
        segments.Select((s, i) => s.Index == i && s.Offset == (long)i * size).Should().AllBeEquivalentTo(true);
    }

    [Fact]
    public void Block_ids_have_one_length_and_depend_on_the_segment_size()
    {
        var ids = Segment.Split(100, 10).Select(s => s.BlockId(10)).ToList();

        ids.Select(id => id.Length).Distinct().Should().ContainSingle();
        ids.Should().OnlyHaveUniqueItems();
        new Segment(0, 0, 10).BlockId(10).Should().NotBe(new Segment(0, 0, 10).BlockId(20));
    }
}
