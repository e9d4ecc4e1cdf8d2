namespace YouTubeDownloader.Media;

/// <summary>
/// Cuts each track's samples into chunks of about half a second and orders all chunks by start time, so a player
/// reading the file front to back finds audio and video for the same moment close together.
/// </summary>
internal static class ChunkPlanner
{
    /// <summary>Half a second per chunk, like common muxers: few 'stsc'/'stco' entries, small seeks for players.</summary>
    private const double ChunkSeconds = 0.5;

    private const long MaxChunkBytes = 1 << 20;

    public static List<OutputChunk> Interleave(IReadOnlyList<InputTrack> tracks)
    {
        var perTrack = tracks.Select((track, index) => Cut(track, index)).ToList();
        var order = new List<OutputChunk>(perTrack.Sum(chunks => chunks.Count));
        var next = new int[tracks.Count];
        while (true)
        {
            var pick = -1;
            for (var t = 0; t < tracks.Count; t++)
            {
                if (next[t] < perTrack[t].Count && (pick < 0 || perTrack[t][next[t]].StartSeconds < perTrack[pick][next[pick]].StartSeconds))
                {
                    pick = t;
                }
            }

            if (pick < 0)
            {
                return order;
            }

            order.Add(perTrack[pick][next[pick]++]);
        }
    }

    /// <summary>Gives every chunk its output offset, in write order, from the first media byte on.</summary>
    public static void AssignOffsets(List<OutputChunk> order, long dataStart)
    {
        var offset = dataStart;
        for (var i = 0; i < order.Count; i++)
        {
            order[i] = order[i] with { Offset = offset };
            offset = checked(offset + order[i].Bytes);
        }
    }

    /// <summary>
    /// Chunks for media already laid out in blocks (the one-pass path): each block is a run of one track's samples,
    /// the blocks follow <paramref name="blocks"/>' order, and chunks are cut inside each block by the same rules.
    /// A block may hold bytes no sample uses before and after its run (a clip's samples outside its span): they become
    /// unused chunks (<see cref="Unused"/>), counted in the offsets and the 'mdat', in no table.
    /// </summary>
    public static List<OutputChunk> ForBlocks(
        IReadOnlyList<InputTrack> tracks, IEnumerable<(int Track, int FirstSample, int SampleCount, long UnusedBefore, long UnusedAfter)> blocks)
    {
        var order = new List<OutputChunk>();
        var times = new ulong[tracks.Count];
        foreach (var (track, first, count, before, after) in blocks)
        {
            AddUnused(order, before);
            Cut(tracks[track], track, first, first + count, ref times[track], order);
            AddUnused(order, after);
        }

        return order;
    }

    /// <summary>The track index of a chunk of bytes no track refers to.</summary>
    public const int Unused = -1;

    private static void AddUnused(List<OutputChunk> order, long bytes)
    {
        if (bytes > 0)
        {
            order.Add(new OutputChunk(Unused, 0, 0, 0, bytes, 0));
        }
    }

    /// <summary>
    /// Puts the text tracks (<paramref name="tracks"/> from <paramref name="firstText"/> on) after every other chunk, each whole
    /// and in time order: their samples are a few KB, held apart from the media, and stored after it as one run.
    /// </summary>
    public static void AppendText(List<OutputChunk> order, IReadOnlyList<InputTrack> tracks, int firstText)
    {
        for (var t = firstText; t < tracks.Count; t++)
        {
            ulong time = 0;
            Cut(tracks[t], t, 0, tracks[t].Samples.Count, ref time, order);
        }
    }

    private static List<OutputChunk> Cut(InputTrack track, int trackIndex)
    {
        var chunks = new List<OutputChunk>();
        ulong time = 0;
        Cut(track, trackIndex, 0, track.Samples.Count, ref time, chunks);
        return chunks;
    }

    /// <summary>Cuts samples [<paramref name="from"/>, <paramref name="to"/>) into chunks; <paramref name="time"/> is the decode time at <paramref name="from"/>.</summary>
    private static void Cut(InputTrack track, int trackIndex, int from, int to, ref ulong time, List<OutputChunk> chunks)
    {
        var samples = track.Samples;
        var maxTicks = (ulong)(track.Timescale * ChunkSeconds);
        var first = from;
        while (first < to)
        {
            var start = time;
            var bytes = 0L;
            var end = first;
            var description = samples[first].DescriptionIndex;
            do
            {
                bytes += samples[end].Size;
                time += samples[end].Duration;
                end++;
            }
            while (end < to && time - start < maxTicks && bytes < MaxChunkBytes && samples[end].DescriptionIndex == description);

            chunks.Add(new OutputChunk(trackIndex, first, end - first, description, bytes, (double)start / track.Timescale));
            first = end;
        }
    }
}
