using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Subscriptions;

/// <summary>Why the last check failed: the contract's code, a message for people (Spanish, no internals), and when.</summary>
public sealed record CheckError(DownloadErrorCode Code, string Message, DateTimeOffset At);
