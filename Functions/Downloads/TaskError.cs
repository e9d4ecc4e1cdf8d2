namespace YouTubeDownloader.Downloads;

/// <summary>Why an attempt failed, as a client reads it: the code and its text from <see cref="Texts"/>.</summary>
public sealed record TaskError(DownloadErrorCode Code, string Message);
