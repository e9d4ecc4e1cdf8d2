using YouTubeDownloader.Playlists;
using YouTubeDownloader.Sources;

namespace YouTubeDownloader.Subscriptions;

/// <summary>
/// What one check does with the list it read, decided without I/O: the videos to remember as seen (those to download
/// with a task id of their own, in upload order) and the seen ones read again, whose <see cref="SeenVideo.LastSeenAt"/>
/// is refreshed. Only playable entries count: a private or members-only entry is looked at again by every check.
/// </summary>
/// <remarks>
/// The first check downloads the newest <see cref="Subscription.Backfill"/> entries (a channel's first, a playlist's last)
/// and marks the rest seen. Later checks download what is new, at most <c>maxNew</c>, oldest first; the others stay
/// unseen, so the next checks take them. A video once seen is never downloaded again by this subscription, whether it
/// stayed in the list or left it and came back.
/// </remarks>
public sealed record CheckPlan(IReadOnlyList<SeenVideo> NewlySeen, IReadOnlyList<string> SeenAgain)
{
    public IEnumerable<SeenVideo> ToStart => NewlySeen.Where(v => v.TaskId is not null);

    /// <param name="read">The entries in the list's order: a channel's newest first.</param>
    /// <param name="newTaskId">The id of the n-th download started (0-based, in upload order).</param>
    public static CheckPlan For(
        Subscription subscription,
        IReadOnlyList<PlaylistEntry> read,
        IReadOnlyDictionary<string, SeenVideo> seen,
        int maxNew,
        DateTimeOffset now,
        Func<int, Guid> newTaskId)
    {
        var fresh = read.Where(e => e.Playable && !seen.ContainsKey(e.VideoId)).DistinctBy(e => e.VideoId).ToList();
        var newestFirst = subscription.Source == SubscriptionSource.Channel;
        var uploadOrder = newestFirst ? Enumerable.Reverse(fresh).ToList() : fresh;

        List<PlaylistEntry> chosen;
        List<PlaylistEntry> passed;
        if (!subscription.Backfilled)
        {
            chosen = uploadOrder.TakeLast(Math.Min(subscription.Backfill, maxNew)).ToList();
            passed = uploadOrder.Except(chosen).ToList();
        }
        else
        {
            chosen = uploadOrder.Take(maxNew).ToList();
            passed = [];
        }

        var newlySeen = chosen.Select((e, n) => new SeenVideo(e.VideoId, e.Title, newTaskId(n), false, now))
            .Concat(passed.Select(e => new SeenVideo(e.VideoId, e.Title, null, false, now)))
            .ToList();
        var seenAgain = read.Select(e => e.VideoId).Where(seen.ContainsKey).Distinct().ToList();
        return new CheckPlan(newlySeen, seenAgain);
    }

    /// <summary>
    /// Whether to read the page after <paramref name="page"/>: a channel's uploads come newest first, so once a page holds
    /// a video already seen the rest is older and seen too; a playlist is read whole (up to <c>Playlists__MaxEntries</c>).
    /// The first check reads as far as the backfill needs, which is the cap too.
    /// </summary>
    public static bool ReadsOn(Subscription subscription, PlaylistPage page, IReadOnlyDictionary<string, SeenVideo> seen) =>
        subscription.Source != SubscriptionSource.Channel || !page.Entries.Any(e => seen.ContainsKey(e.VideoId));
}
