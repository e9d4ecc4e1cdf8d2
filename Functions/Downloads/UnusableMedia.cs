namespace YouTubeDownloader.Downloads;

/// <summary>
/// Media bytes the MP4 readers cannot use (a malformed or truncated box). Wherever they are read, this ends the download
/// as <see cref="DownloadErrorCode.SourceError"/>: the source sent something other than it announced.
/// </summary>
/// <remarks>
/// As a <c>source_error</c> it is retried like any other; a retry reads the same staged bytes, so a code of its own
/// (unusable media, not retryable) would end such a task at once instead of after the attempts.
/// </remarks>
public static class UnusableMedia
{
    public static bool Is(Exception e) => e is InvalidDataException or EndOfStreamException;

    public static DownloadFailedException Failure(Exception e) =>
        new(DownloadErrorCode.SourceError, $"The media is not a usable MP4: {e.Message}", e, Texts.UnusableMp4);
}
