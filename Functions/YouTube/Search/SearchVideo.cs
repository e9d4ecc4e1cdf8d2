namespace YouTubeDownloader.YouTube.Search;

/// <summary>One video of a search listing, as YouTube shows it. Null where YouTube shows no number (a live stream's length and views).</summary>
public sealed record SearchVideo(
    string VideoId,
    string Title,
    int? DurationSeconds,
    string? Author,
    long? ViewCount,
    bool IsShort,
    bool IsLive,
    string? ThumbnailUrl);
