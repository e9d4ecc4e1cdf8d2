namespace YouTubeDownloader.Downloads;

/// <summary>The life of a task: pending → downloading → processing → completed, or error / cancelled.</summary>
public enum DownloadStatus
{
    Pending,
    Downloading,
    Processing,
    Completed,
    Error,
    Cancelled,
}
