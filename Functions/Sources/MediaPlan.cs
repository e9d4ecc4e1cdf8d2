using YouTubeDownloader.Downloads;
using YouTubeDownloader.Media;

namespace YouTubeDownloader.Sources;

/// <summary>What a resolver found for a request: the video's facts and the streams to fetch.</summary>
/// <param name="Streams">One <see cref="MediaStreamKind.Muxed"/> stream, one <see cref="MediaStreamKind.Audio"/> stream,
/// or a <see cref="MediaStreamKind.Video"/> stream followed by an <see cref="MediaStreamKind.Audio"/> stream.</param>
/// <param name="FormatNote">What was taken, for people: <c>720p60</c>, <c>128kbps</c>.</param>
public sealed record MediaPlan(
    VideoId VideoId,
    string Title,
    string Author,
    int DurationSeconds,
    string? ThumbnailUrl,
    string FormatNote,
    IReadOnlyList<MediaStreamInfo> Streams)
{
    /// <summary>The video's page, as people share it; the file's comment tag.</summary>
    public string? WatchUrl { get; init; }

    /// <summary>The day the video was uploaded, when the source said.</summary>
    public DateOnly? UploadDate { get; init; }

    /// <summary>The video's chapters, in order, the last ending at the video's end; empty when it has none.</summary>
    public IReadOnlyList<Chapter> Chapters { get; init; } = [];

    /// <summary>The subtitle tracks the request asked for that the video has (a language it lacks is absent), in the order to list them.</summary>
    public IReadOnlyList<SubtitleTrack> Subtitles { get; init; } = [];

    public long TotalBytes => Streams.Sum(s => s.ContentLength);

    public bool NeedsJoin => Streams.Count > 1;
}
