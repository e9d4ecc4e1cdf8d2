using YouTubeDownloader.Sources;

namespace YouTubeDownloader.Benchmarks;

/// <summary>The resolver of a host that only serves files: nothing is resolved, so any call is a mistake.</summary>
internal sealed class UnusedResolver : IMediaResolver
{
    public Task<MediaPlan> ResolveAsync(MediaRequest request, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IMediaSource> OpenAsync(MediaRequest request, MediaStreamInfo stream, CancellationToken cancellationToken) =>
        throw new NotSupportedException();
}
