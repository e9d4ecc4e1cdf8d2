namespace YouTubeDownloader.Downloads;

/// <summary>
/// A failure that may pass on its own (5xx, timeouts, dropped connections, rate limits).
/// The workflow's durable retry policy retries activities that throw this, and only this.
/// </summary>
public sealed class TransientDownloadException(DownloadErrorCode code, string reason, Exception? inner = null)
    : DownloadFailedException(code, reason, inner);
