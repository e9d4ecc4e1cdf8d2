namespace YouTubeDownloader.Sources;

/// <summary>What a resolver found for a request: the video's facts and the streams to fetch.</summary>
/// <param name="Streams">One <see cref="MediaStreamKind.Muxed"/> stream, one <see cref="MediaStreamKind.Audio"/> stream,
/// or a <see cref="MediaStreamKind.Video"/> stream followed by an <see cref="MediaStreamKind.Audio"/> stream.</param>
/// <param name="FormatNote">What was taken, for people: <c>720p60</c>, <c>128kbps</c>.</param>
public sealed record MediaPlan(
    string VideoId,
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

    public long TotalBytes => Streams.Sum(s => s.ContentLength);

    public bool NeedsJoin => Streams.Count > 1;
}
