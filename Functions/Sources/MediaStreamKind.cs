namespace YouTubeDownloader.Sources;

public enum MediaStreamKind
{
    /// <summary>Video and audio in one progressive MP4 (YouTube's itag 18): stored as it is.</summary>
    Muxed,

    /// <summary>Video only, fragmented MP4: joined with an <see cref="Audio"/> stream.</summary>
    Video,

    /// <summary>Audio only, fragmented MP4 (AAC).</summary>
    Audio,
}
