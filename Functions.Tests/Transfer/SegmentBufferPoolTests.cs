using YouTubeDownloader.Transfer;

namespace YouTubeDownloader.Tests.Transfer;

public sealed class SegmentBufferPoolTests
{
    [Fact]
    public async Task Buffers_have_the_exact_size_and_are_reused()
    {
        using var pool = new SegmentBufferPool(10 * 1024 * 1024, capacity: 2);

        var first = await pool.RentAsync(CancellationToken.None);
        pool.Return(first);

        first.Length.Should().Be(10 * 1024 * 1024, "no rounding up to a power of two");
        (await pool.RentAsync(CancellationToken.None)).Should().BeSameAs(first);
    }

    [Fact]
    public async Task A_renter_beyond_the_capacity_waits_for_a_returned_buffer()
    {
        using var pool = new SegmentBufferPool(16, capacity: 2);
        var rented = new[] { await pool.RentAsync(CancellationToken.None), await pool.RentAsync(CancellationToken.None) };

        var third = pool.RentAsync(CancellationToken.None).AsTask();
        await Task.Delay(50);
        third.IsCompleted.Should().BeFalse("both buffers are out");

        pool.Return(rented[0]);
        (await third).Should().BeSameAs(rented[0], "the returned buffer is handed on, no new one is made");
    }

    [Fact]
    public async Task A_waiting_renter_can_give_up()
    {
        using var pool = new SegmentBufferPool(16, capacity: 1);
        await pool.RentAsync(CancellationToken.None);
        using var cancel = new CancellationTokenSource();

        var waiting = pool.RentAsync(cancel.Token).AsTask();
        await cancel.CancelAsync();

        await waiting.Invoking(w => w).Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public void The_budget_sets_the_capacity_with_at_least_one_buffer()
    {
        SegmentBufferPool.For(new TransferOptions { SegmentSizeBytes = 10 * 1024 * 1024, MaxBufferedBytes = 256L * 1024 * 1024 }).Capacity.Should().Be(25);
        SegmentBufferPool.For(new TransferOptions { SegmentSizeBytes = 10 * 1024 * 1024, MaxBufferedBytes = 1024 }).Capacity.Should().Be(1);
    }
}
