using YouTubeDownloader.Api.Contract;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Subscriptions;

namespace YouTubeDownloader.Tests.Subscriptions;

public sealed class ContinuationTokenTests
{
    [Fact]
    public void A_task_list_token_keeps_its_subscription_filter()
    {
        var (after, playlist, subscription) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
        foreach (var token in new[]
                 {
                     new ListContinuationToken(ListOrder.Descending, DownloadStatus.Completed, after, null, subscription),
                     new ListContinuationToken(ListOrder.Ascending, null, after, playlist, subscription),
                     new ListContinuationToken(ListOrder.Ascending, null, after, playlist),
                 })
        {
            ListContinuationToken.TryParse(token.ToString(), out var read).Should().BeTrue();
            read.Should().Be(token);
        }
    }

    [Fact]
    public void A_subscription_list_token_round_trips_and_refuses_what_it_did_not_write()
    {
        var token = new SubscriptionContinuationToken(SubscriptionStatus.Paused, Guid.CreateVersion7());
        SubscriptionContinuationToken.TryParse(token.ToString(), out var read).Should().BeTrue();
        read.Should().Be(token);

        SubscriptionContinuationToken.TryParse(new SubscriptionContinuationToken(null, token.After).ToString(), out var unfiltered).Should().BeTrue();
        unfiltered!.Status.Should().BeNull();
        SubscriptionContinuationToken.TryParse("bm9wZQ", out _).Should().BeFalse();
        SubscriptionContinuationToken.TryParse(new ListContinuationToken(ListOrder.Ascending, null, token.After).ToString(), out _).Should().BeFalse();
    }
}
