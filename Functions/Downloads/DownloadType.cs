namespace YouTubeDownloader.Downloads;

public enum DownloadType
{
    Video,
    Audio,
}
