using YouTubeDownloader.Media.IsoBmff;

namespace YouTubeDownloader.Media;

/// <summary>
/// Chooses the samples of a clip and the edits that trim it, from the tracks alone (no media byte is read). The first
/// track that is video leads: its samples start at the last sync sample presented at or before the start, and run to
/// the last one presented before the end. The other tracks start at the sample playing when that keyframe is shown,
/// so a player that ignores edit lists still finds them in step. Each track then gets one edit that starts the
/// presentation at the asked start and lasts the asked span, so players that honour edits show exactly that.
/// </summary>
/// <remarks>
/// Times are presentation times on each stream's own timeline: the first sample's decode time
/// (<see cref="InputTrack.FirstDecodeTime"/>) plus the durations before it plus its composition offset, less where the
/// input's edit starts (or, without edits, the B-frame delay).
/// </remarks>
internal static class ClipCut
{
    private const uint UnitMediaRate = 0x0001_0000;

    public static List<ClipRange> Select(IReadOnlyList<InputTrack> tracks, long startMs, long endMs)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(endMs, startMs);
        var lead = Math.Max(0, tracks.ToList().FindIndex(t => t.IsVideo));
        var ranges = new ClipRange[tracks.Count];
        ranges[lead] = SelectLead(tracks[lead], startMs, endMs, out var keyMs);
        for (var t = 0; t < tracks.Count; t++)
        {
            if (t != lead)
            {
                ranges[t] = SelectFollower(tracks[t], keyMs, startMs, endMs);
            }
        }

        return [.. ranges];
    }

    /// <summary>A new track holding only <paramref name="range"/>'s samples, timed from 0, with the range's one edit.</summary>
    public static InputTrack Apply(InputTrack track, ClipRange range)
    {
        var clipped = new InputTrack
        {
            Stream = track.Stream,
            MovieTimescale = MovieWriter.MovieTimescale,
            Header = track.Header,
            Media = track.Media,
            Handler = track.Handler,
            MediaInformationHeader = track.MediaInformationHeader,
            SampleDescriptions = track.SampleDescriptions,
            SampleDescriptionCount = track.SampleDescriptionCount,
            Edits = [new EditEntry(range.DurationMs, range.MediaTime, UnitMediaRate)],
        };
        long time = 0;
        clipped.CompositionStart = long.MaxValue;
        for (var i = range.From; i < range.To; i++)
        {
            var sample = track.Samples[i];
            clipped.Samples.Add(sample);
            clipped.CompositionStart = Math.Min(clipped.CompositionStart, time + sample.CompositionOffset);
            clipped.CompositionEnd = Math.Max(clipped.CompositionEnd, time + sample.CompositionOffset + sample.Duration);
            clipped.MediaBytes += sample.Size;
            time += sample.Duration;
        }

        clipped.MediaDuration = (ulong)time;
        return clipped;
    }

    /// <summary>The lead track: from the keyframe at or before the start (<paramref name="keyMs"/>: when it is shown).</summary>
    private static ClipRange SelectLead(InputTrack track, long startMs, long endMs, out long keyMs)
    {
        var times = new Presentation(track);
        var start = times.Ticks(startMs);
        var end = times.Ticks(endMs);
        int key = -1, firstSync = -1, last = -1;
        for (var i = 0; i < track.Samples.Count; i++)
        {
            var pts = times.Next(track.Samples[i]);
            if (track.Samples[i].IsSync)
            {
                firstSync = firstSync < 0 ? i : firstSync;
                key = pts <= start ? i : key;
            }

            last = pts < end ? i : last;
        }

        // No keyframe before the start among the samples there are (a stream whose fragments do not start on one): the first.
        key = key >= 0 ? key : Math.Max(firstSync, 0);
        keyMs = times.Ms(times.At(key));
        return Range(track, times, key, Math.Max(last, key) + 1, start, end);
    }

    /// <summary>Any other track: from the sample playing at <paramref name="keyMs"/> (or the start, if earlier) to the end.</summary>
    private static ClipRange SelectFollower(InputTrack track, long keyMs, long startMs, long endMs)
    {
        var times = new Presentation(track);
        var from = times.Ticks(Math.Min(keyMs, startMs));
        var end = times.Ticks(endMs);
        int first = -1, last = -1;
        for (var i = 0; i < track.Samples.Count; i++)
        {
            var sample = track.Samples[i];
            var pts = times.Next(sample);
            first = first < 0 && pts + sample.Duration > from ? i : first;
            last = pts < end ? i : last;
        }

        first = Math.Max(first, 0);
        return Range(track, times, first, Math.Max(last, first) + 1, times.Ticks(startMs), end);
    }

    private static ClipRange Range(InputTrack track, Presentation times, int from, int to, long start, long end)
    {
        // The kept samples' own timeline starts at the first one's decode time; the edit says where the start lies on it.
        var firstDecode = times.DecodeAt(from);
        var mediaTime = Math.Max(0, start + times.Offset - firstDecode);
        long keptEnd = 0, decode = 0;
        for (var i = from; i < to; i++)
        {
            var sample = track.Samples[i];
            keptEnd = Math.Max(keptEnd, decode + sample.CompositionOffset + sample.Duration);
            decode += sample.Duration;
        }

        var presented = Math.Max(0, Math.Min(end - start, keptEnd - mediaTime));
        return new ClipRange(from, to, mediaTime, (ulong)(presented * 1000 / track.Timescale));
    }

    /// <summary>Walks a track's samples in decode order, giving each one's presentation time in its timescale.</summary>
    private sealed class Presentation(InputTrack track)
    {
        private readonly List<long> _decode = [];
        private long _next = (long)track.FirstDecodeTime;

        /// <summary>
        /// Where the input's presentation starts on the media timeline: its edit's media time; else the composition delay of
        /// the first samples there are (B-frames), the stream taken to start at 0 as DASH streams do.
        /// </summary>
        public long Offset { get; } = track.Edits.FirstOrDefault(e => e.MediaTime >= 0) is { MediaRate: not 0 } edit
            ? edit.MediaTime
            : track.CompositionStart == long.MaxValue ? 0 : track.CompositionStart;

        public long Next(Sample sample)
        {
            _decode.Add(_next);
            var pts = _next + sample.CompositionOffset - Offset;
            _next += sample.Duration;
            return pts;
        }

        public long DecodeAt(int index) => _decode[index];

        public long At(int index) => _decode[index] + track.Samples[index].CompositionOffset - Offset;

        public long Ticks(long ms) => (long)Math.Round(ms * (double)track.Timescale / 1000);

        public long Ms(long ticks) => (long)Math.Floor(ticks * 1000.0 / track.Timescale);
    }
}
