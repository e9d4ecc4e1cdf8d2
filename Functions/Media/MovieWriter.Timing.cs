using YouTubeDownloader.Media.IsoBmff;

namespace YouTubeDownloader.Media;

/// <summary>Track durations and edit lists on the output's movie timeline.</summary>
internal static partial class MovieWriter
{
    /// <summary>media_rate_integer 1, media_rate_fraction 0: play at normal speed.</summary>
    private const uint UnitMediaRate = 0x0001_0000;

    /// <summary>The track's length on the movie timeline: the sum of its edits, or its media duration without edits.</summary>
    private static ulong TrackDuration(InputTrack track)
    {
        var edits = Edits(track);
        return edits.Count == 0
            ? Rescale(track.MediaDuration, track.Timescale, MovieTimescale)
            : edits.Aggregate(0UL, (sum, e) => sum + e.SegmentDuration);
    }

    /// <summary>
    /// The input's edits rescaled to the output movie timescale. Fragmented files often leave the duration of the
    /// last edit 0 ("the rest of the media", since the length was unknown when the 'moov' was written); a progressive
    /// file needs it spelled out, so it is computed from the samples: from media_time to the end of the last
    /// presented sample (with B-frames that end lies past the decode duration by the composition delay).
    /// </summary>
    private static List<EditEntry> Edits(InputTrack track)
    {
        // A fragmented input without edits whose first frame is presented late (B-frames: its composition offset is
        // the reorder delay) is played from that frame by DASH players and ffmpeg. A progressive file says so with an
        // edit starting at that composition time (8.6.6), as ffmpeg's own remux does; without it video would lag audio.
        if (track.Edits.Length == 0 && track.CompositionStart > 0)
        {
            var presented = (ulong)(track.CompositionEnd - track.CompositionStart);
            return [new EditEntry(Rescale(presented, track.Timescale, MovieTimescale), track.CompositionStart, UnitMediaRate)];
        }

        var edits = new List<EditEntry>(track.Edits.Length);
        foreach (var edit in track.Edits)
        {
            var duration = edit.SegmentDuration == 0 && edit.MediaTime >= 0
                ? Rescale((ulong)Math.Max(0, track.CompositionEnd - edit.MediaTime), track.Timescale, MovieTimescale)
                : Rescale(edit.SegmentDuration, track.MovieTimescale, MovieTimescale);
            edits.Add(edit with { SegmentDuration = duration });
        }

        return edits;
    }
}
