namespace YouTubeDownloader.YouTube.Videos;

/// <summary>What <c>POST /api/info</c> answers: the video's facts, the qualities it can be downloaded in, and every stream.</summary>
public sealed record VideoInfo(
    string VideoId,
    string Title,
    string Author,
    int DurationSeconds,
    string? Thumbnail,
    IReadOnlyList<QualityOption> Qualities,
    string Description = "",
    long? ViewCount = null,
    IReadOnlyList<VideoFormat>? Formats = null);

/// <summary>One quality that works: what would be taken, and how big it is.</summary>
/// <param name="Quality">As a client would request it: <c>720p</c>, <c>best</c>, <c>audio</c>.</param>
public sealed record QualityOption(string Quality, string FormatNote, IReadOnlyList<QualityStream> Streams)
{
    public long Filesize => Streams.Sum(s => s.ContentLength);
}

/// <summary>One stream of a <see cref="QualityOption"/>: the itag and its size in bytes.</summary>
public sealed record QualityStream(int Itag, string Kind, string MimeType, long ContentLength);
