using System.ComponentModel.DataAnnotations;

namespace YouTubeDownloader.Subscriptions;

/// <summary>Settings under <c>Subscriptions</c> (<c>Subscriptions__MaxActive</c>, <c>Subscriptions__MaxNewPerCheck</c>, …).</summary>
public sealed class SubscriptionOptions
{
    public const string Section = "Subscriptions";

    public const int MinCheckEveryMinutes = 15;
    public const int DefaultCheckEveryMinutes = 60;
    public const int MaxCheckEveryMinutes = 43_200;

    /// <summary>Active subscriptions per app; creating or resuming one more is refused (409 <c>subscription_limit</c>).</summary>
    [Range(1, 100_000)]
    public int MaxActive { get; set; } = 100;

    /// <summary>Downloads one check starts at most; more new videos wait for the next checks (oldest first). Also the largest <c>backfill</c>.</summary>
    [Range(1, 500)]
    public int MaxNewPerCheck { get; set; } = 20;

    /// <summary>
    /// Videos remembered per subscription (at least <c>Playlists__MaxEntries</c> are kept whatever this says): a video
    /// still in the list read is never forgotten; one that left it is forgotten only after this many others were seen since.
    /// </summary>
    [Range(100, 100_000)]
    public int MaxSeen { get; set; } = 5000;

    /// <summary>How long one minute of <c>check_every_minutes</c> lasts: a minute; tests shorten it to run checks seconds apart.</summary>
    public TimeSpan IntervalUnit { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan IntervalOf(int checkEveryMinutes) => IntervalUnit * checkEveryMinutes;
}
