using YouTubeDownloader.Downloads;
using YouTubeDownloader.Sources;

namespace YouTubeDownloader.Workflow.Download;

/// <summary>What only the resolved video can say against a clip: a span past its end, or a file that cannot be cut.</summary>
public static class ClipRefusal
{
    /// <summary>The failure to end the task with, before any media is fetched; null when the clip can be made (or there is none).</summary>
    public static DownloadFailedException? Of(ClipSpan? clip, MediaPlan plan)
    {
        if (clip is null)
        {
            return null;
        }

        // The duration is whole seconds (YouTube's lengthSeconds) and the media a little longer or shorter: a second of slack.
        if (clip.EndMs > (plan.DurationSeconds + 1) * 1000L)
        {
            return new DownloadFailedException(
                DownloadErrorCode.InvalidRequest,
                $"The clip ends at {clip.EndMs} ms; the video lasts {plan.DurationSeconds} s.",
                text: Texts.ClipOutsideVideo(plan.DurationSeconds));
        }

        // A muxed file is stored as sent; cutting it would mean reading two tracks from one file, which the remuxer does not.
        return plan.Streams.Any(s => s.Kind == MediaStreamKind.Muxed)
            ? new DownloadFailedException(DownloadErrorCode.InvalidRequest, $"A clip of muxed stream {plan.Streams[0].Id}.", text: Texts.ClipOfMuxed)
            : null;
    }
}
