using YouTubeDownloader.Transfer;

namespace YouTubeDownloader.Tests.Transfer;

public sealed class SegmentBufferPoolTests
{
    [Fact]
    public void Buffers_have_the_exact_size_and_are_reused()
    {
        var pool = new SegmentBufferPool(10 * 1024 * 1024, maxRetained: 2);

        var first = pool.Rent();
        pool.Return(first);

        first.Length.Should().Be(10 * 1024 * 1024, "no rounding up to a power of two");
        pool.Rent().Should().BeSameAs(first);
    }

    [Fact]
    public void At_most_max_retained_idle_buffers_are_kept()
    {
        var pool = new SegmentBufferPool(16, maxRetained: 2);
        var rented = Enumerable.Range(0, 4).Select(_ => pool.Rent()).ToList();

        rented.ForEach(pool.Return);
        pool.Return(new byte[8]);

        var again = Enumerable.Range(0, 4).Select(_ => pool.Rent()).ToList();
        again.Count(b => rented.Contains(b)).Should().Be(2);
        again.Should().OnlyContain(b => b.Length == 16);
    }
}
