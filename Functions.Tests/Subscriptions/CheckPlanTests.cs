using YouTubeDownloader.Downloads;
using YouTubeDownloader.Playlists;
using YouTubeDownloader.Subscriptions;
using YouTubeDownloader.Sources;

namespace YouTubeDownloader.Tests.Subscriptions;

public sealed class CheckPlanTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_first_check_of_a_channel_takes_its_newest_and_marks_the_rest_seen()
    {
        var plan = Plan(Subscription(SubscriptionSource.Channel, backfill: 2), Entries("new3", "new2", "old1", "old0"), []);

        plan.ToStart.Select(v => v.VideoId).Should().Equal("new2", "new3");
        plan.NewlySeen.Where(v => v.TaskId is null).Select(v => v.VideoId).Should().BeEquivalentTo("old1", "old0");
        plan.ToStart.Select(v => v.TaskId).Should().OnlyHaveUniqueItems().And.BeInAscendingOrder();
    }

    [Fact]
    public void The_first_check_of_a_playlist_takes_its_last_entries()
    {
        var plan = Plan(Subscription(SubscriptionSource.Playlist, backfill: 1), Entries("a", "b", "c"), []);

        plan.ToStart.Select(v => v.VideoId).Should().Equal("c");
        plan.NewlySeen.Should().HaveCount(3);
    }

    [Fact]
    public void Later_checks_take_the_unseen_oldest_first_up_to_the_limit_and_leave_the_rest_unseen()
    {
        var seen = Seen("old1", "old0");
        var plan = Plan(Subscription(SubscriptionSource.Channel, backfilled: true), Entries("n4", "n3", "n2", "n1", "old1", "old0"), seen, maxNew: 3);

        plan.ToStart.Select(v => v.VideoId).Should().Equal("n1", "n2", "n3");
        plan.NewlySeen.Should().OnlyContain(v => v.TaskId != null, "what exceeds the limit waits for the next check");
        plan.SeenAgain.Should().Equal("old1", "old0");
    }

    [Fact]
    public void Unplayable_and_repeated_entries_are_neither_started_nor_marked()
    {
        var entries = new List<PlaylistEntry>
        {
            new("a", "A", 60, 1),
            new("p", "Private", null, 2, DownloadErrorCode.Private),
            new("a", "A again", 60, 3),
            new("b", "B", 60, 4),
        };
        var plan = Plan(Subscription(SubscriptionSource.Playlist, backfilled: true), entries, []);

        plan.ToStart.Select(v => v.VideoId).Should().Equal("a", "b");
        plan.NewlySeen.Select(v => v.VideoId).Should().NotContain("p");
    }

    [Fact]
    public void A_seen_video_that_comes_back_is_not_started_again()
    {
        var plan = Plan(Subscription(SubscriptionSource.Playlist, backfilled: true), Entries("gone-and-back", "x"), Seen("gone-and-back", "x"));

        plan.NewlySeen.Should().BeEmpty();
        plan.SeenAgain.Should().Equal("gone-and-back", "x");
    }

    [Fact]
    public void A_channel_is_read_on_only_until_a_page_holds_a_seen_video()
    {
        var seen = Seen("old");
        var channel = Subscription(SubscriptionSource.Channel, backfilled: true);
        var playlist = Subscription(SubscriptionSource.Playlist, backfilled: true);
        var withSeen = new PlaylistPage("T", null, null, Entries("new", "old"), null);
        var allNew = new PlaylistPage("T", null, null, Entries("new"), null);

        CheckPlan.ReadsOn(channel, withSeen, seen).Should().BeFalse();
        CheckPlan.ReadsOn(channel, allNew, seen).Should().BeTrue();
        CheckPlan.ReadsOn(playlist, withSeen, seen).Should().BeTrue("a playlist's new entries may be anywhere");
    }

    private static CheckPlan Plan(Subscription subscription, IReadOnlyList<PlaylistEntry> read, Dictionary<string, SeenVideo> seen, int maxNew = 20) =>
        CheckPlan.For(subscription, read, seen, maxNew, Now, n => Guid.CreateVersion7(Now.AddMilliseconds(n)));

    private static List<PlaylistEntry> Entries(params string[] ids) => ids.Select((id, i) => new PlaylistEntry(id, id.ToUpperInvariant(), 60, i + 1)).ToList();

    private static Dictionary<string, SeenVideo> Seen(params string[] ids) =>
        ids.ToDictionary(id => id, id => new SeenVideo(id, id, null, false, Now.AddDays(-1)));

    private static Subscription Subscription(SubscriptionSource source, int backfill = 0, bool backfilled = false) => new()
    {
        Id = Guid.CreateVersion7(),
        Url = "u",
        Source = source,
        ListId = "PLsubscriptionPlan1",
        Title = "T",
        Quality = Quality.Parse("best"),
        DownloadType = DownloadType.Video,
        CheckEveryMinutes = 60,
        Backfill = backfill,
        CreatedAt = Now,
        Backfilled = backfilled,
    };
}
