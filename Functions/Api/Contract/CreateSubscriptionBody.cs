namespace YouTubeDownloader.Api.Contract;

/// <summary>The body of <c>POST /api/subscriptions</c> as sent: the download options of <c>POST /api/download</c>, the interval and the backfill.</summary>
/// <param name="CheckEveryMinutes">Minutes between checks; 60 when absent, at least 15.</param>
/// <param name="Backfill">How many of the newest entries the first check downloads; 0 (only what appears later) when absent.</param>
public sealed record CreateSubscriptionBody(
    string? Url,
    string? Quality,
    string? DownloadType,
    string? FormatId = null,
    string? CallbackUrl = null,
    int? CheckEveryMinutes = null,
    int? Backfill = null);
