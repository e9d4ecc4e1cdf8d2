namespace YouTubeDownloader.Media;

/// <summary>The picture formats a 'covr' item carries.</summary>
public enum CoverFormat
{
    Jpeg,
    Png,
}
