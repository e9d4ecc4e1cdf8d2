namespace YouTubeDownloader.Downloads;

public enum CancelOutcome
{
    Cancelled,
    NotFound,
    AlreadyFinished,
}
