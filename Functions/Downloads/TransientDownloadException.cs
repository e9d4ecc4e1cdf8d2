namespace YouTubeDownloader.Downloads;

/// <summary>
/// A failure that may pass on its own (5xx, timeouts, dropped connections, rate limits).
/// Unlike its base type, it does not end the task at once: the workflow retries it, and keeps its code if retries run out.
/// </summary>
public sealed class TransientDownloadException(DownloadErrorCode code, string reason, Exception? inner = null)
    : DownloadFailedException(code, reason, inner);
