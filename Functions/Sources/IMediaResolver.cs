using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Sources;

/// <summary>Finds the streams for a video and opens them. The YouTube resolver is the production one.</summary>
public interface IMediaResolver
{
    /// <summary>
    /// Resolves a request to a plan. Throws <see cref="Downloads.DownloadFailedException"/> with the
    /// contract's code when the video cannot be had (the code says whether another attempt may help).
    /// </summary>
    Task<MediaPlan> ResolveAsync(MediaRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Opens one stream of a plan resolved earlier, possibly on another machine: the resolver
    /// obtains a URL it may use itself (re-resolving when needed) rather than trusting an old one.
    /// </summary>
    Task<IMediaSource> OpenAsync(MediaRequest request, MediaStreamInfo stream, CancellationToken cancellationToken);

    /// <summary>
    /// The thumbnail of a resolved plan, from the source's own image hosts only; null when there is none or it
    /// could not be had (best effort: never a reason to fail a download). Resolvers without thumbnails keep this default.
    /// </summary>
    Task<MediaThumbnail?> FetchThumbnailAsync(MediaPlan plan, CancellationToken cancellationToken) =>
        Task.FromResult<MediaThumbnail?>(null);

    /// <summary>
    /// One subtitle track of a resolved plan as WebVTT text, fetched afresh (its URL is the source's, never carried); null
    /// when it could not be had. Resolvers without subtitles keep this default.
    /// </summary>
    Task<string?> FetchSubtitlesAsync(MediaRequest request, SubtitleTrack track, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(null);
}
