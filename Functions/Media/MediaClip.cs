namespace YouTubeDownloader.Media;

/// <summary>
/// The span of a file that is a clip, milliseconds into the source: the media is cut by <see cref="ClipCut"/>, and
/// what is timed beside it (chapters, subtitle cues) is cut here and moved so the clip's start is 0.
/// </summary>
public sealed record MediaClip(long StartMs, long EndMs)
{
    /// <summary>The chapters that overlap the span, each cut to it.</summary>
    public IReadOnlyList<Chapter> Cut(IReadOnlyList<Chapter> chapters) =>
        chapters
            .Where(c => c.EndMs > StartMs && c.StartMs < EndMs)
            .Select(c => new Chapter(Move(c.StartMs), Move(c.EndMs), c.Title))
            .ToList();

    /// <summary>The track with only the cues shown within the span, each cut to it.</summary>
    public TextTrack Cut(TextTrack track) => track with
    {
        Cues = track.Cues
            .Where(c => c.EndMs > StartMs && c.StartMs < EndMs)
            .Select(c => new TextCue(Move(c.StartMs), Move(c.EndMs), c.Text))
            .ToList(),
    };

    private long Move(long ms) => Math.Clamp(ms, StartMs, EndMs) - StartMs;
}
