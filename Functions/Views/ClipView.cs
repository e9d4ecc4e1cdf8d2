using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Views;

/// <summary>The task's <c>clip</c>: the span the file holds, seconds into the video (milliseconds kept as decimals).</summary>
public sealed record ClipView(double Start, double End)
{
    public static ClipView From(ClipSpan clip) => new(clip.StartSeconds, clip.EndSeconds);
}
