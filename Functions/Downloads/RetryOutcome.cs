namespace YouTubeDownloader.Downloads;

public enum RetryOutcome
{
    Retried,
    NotFound,
    NotRetryable,
}
