namespace YouTubeDownloader.Downloads;

/// <summary>
/// Media bytes the MP4 readers cannot use (a malformed or truncated box). Wherever they are read, this ends the download
/// as <see cref="DownloadErrorCode.SourceError"/>: the source sent something other than it announced.
/// </summary>
public static class UnusableMedia
{
    public static bool Is(Exception e) => e is InvalidDataException or EndOfStreamException;

    public static DownloadFailedException Failure(Exception e) => new(DownloadErrorCode.SourceError, Texts.UnusableMp4(e.Message), e);
}
