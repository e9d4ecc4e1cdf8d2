namespace YouTubeDownloader.Commands;

public enum RetryOutcome
{
    Retried,
    NotFound,
    NotRetryable,
}
