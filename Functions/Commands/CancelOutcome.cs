namespace YouTubeDownloader.Commands;

public enum CancelOutcome
{
    Cancelled,
    NotFound,
    AlreadyFinished,
}
