using System.Collections.Concurrent;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Sources;

namespace YouTubeDownloader.Testing.Media;

/// <summary>
/// A resolver for the spine's tests: video ids map to plans whose streams a <see cref="LocalMediaServer"/>
/// serves. The real range-reading code (<see cref="HttpRangeSource"/>) runs against it.
/// </summary>
public sealed class LocalMediaResolver(LocalMediaServer server, HttpClient http) : IMediaResolver
{
    private readonly ConcurrentDictionary<string, Func<MediaPlan>> plans = new();

    public int ResolveCalls;

    /// <summary>The upload day every plan reports (what the file's '©day' tag says).</summary>
    public static readonly DateOnly UploadDate = new(2024, 3, 5);

    /// <summary>Registers a video whose streams are media already added to the server under the stream ids.</summary>
    public void Add(string videoId, string title, params (string MediaName, MediaStreamKind Kind, long Length)[] streams)
    {
        var plan = new MediaPlan(
            VideoId.Parse(videoId),
            title,
            "Local author",
            DurationSeconds: 60,
            ThumbnailUrl: null,
            FormatNote: streams.Length > 1 ? "720p" : "360p",
            streams.Select(s => new MediaStreamInfo(s.MediaName, s.Kind, s.Kind == MediaStreamKind.Audio ? "audio/mp4" : "video/mp4", s.Length)).ToList())
        {
            WatchUrl = $"https://www.youtube.com/watch?v={videoId}",
            UploadDate = UploadDate,
        };
        plans[videoId] = () => plan;
    }

    /// <summary>Resolving this video fails with <paramref name="failure"/>, the next <paramref name="times"/> times or always.</summary>
    public void Refuse(string videoId, Exception failure, int times = int.MaxValue)
    {
        var plan = plans.GetValueOrDefault(videoId);
        var left = times;
        plans[videoId] = () => Interlocked.Decrement(ref left) >= 0 || plan is null ? throw failure : plan();
    }

    public Task<MediaPlan> ResolveAsync(MediaRequest request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref ResolveCalls);
        return plans.TryGetValue(request.VideoId.Value, out var plan)
            ? Task.FromResult(plan())
            : throw new DownloadFailedException(DownloadErrorCode.VideoUnavailable, "Unknown to the local resolver.");
    }

    public Task<IMediaSource> OpenAsync(MediaRequest request, MediaStreamInfo stream, CancellationToken cancellationToken) =>
        Task.FromResult<IMediaSource>(new HttpRangeSource(http, server.UriOf(stream.Id), stream.ContentLength));
}
