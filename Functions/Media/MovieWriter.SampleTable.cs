using YouTubeDownloader.Media.IsoBmff;

namespace YouTubeDownloader.Media;

/// <summary>'stbl' (8.5.1) rebuilt from the sample list: stsd copied, then stts, ctts, stss, stsz, stsc, stco/co64.</summary>
internal static partial class MovieWriter
{
    private static void WriteSampleTable(MovieBox movie, InputTrack track, List<OutputChunk> chunks)
    {
        var writer = movie.Writer;
        var samples = track.Samples;
        var stbl = writer.Start(BoxTypes.Stbl);
        writer.Write(track.SampleDescriptions);
        WriteRunLength(writer, BoxTypes.Stts, 0, samples, static s => s.Duration);

        // 8.6.1.3: version 1 allows negative offsets; absent altogether when nothing is reordered.
        if (samples.Any(s => s.CompositionOffset != 0))
        {
            var version = samples.Any(s => s.CompositionOffset < 0) ? (byte)1 : (byte)0;
            WriteRunLength(writer, BoxTypes.Ctts, version, samples, static s => (uint)s.CompositionOffset);
        }

        // 8.6.2.1: no 'stss' means every sample is a sync sample.
        if (samples.Any(s => !s.IsSync))
        {
            var syncCount = samples.Count(s => s.IsSync);
            var stss = writer.StartFull(BoxTypes.Stss, 0, 0);
            writer.WriteUInt32((uint)syncCount);
            for (var i = 0; i < samples.Count; i++)
            {
                if (samples[i].IsSync)
                {
                    writer.WriteUInt32((uint)i + 1);
                }
            }

            writer.End(stss);
        }

        WriteSampleSizes(writer, samples);
        WriteSampleToChunk(writer, chunks);
        WriteChunkOffsets(movie, chunks);
        writer.End(stbl);
    }

    private static void WriteRunLength(BoxWriter writer, uint type, byte version, SampleList samples, Func<Sample, uint> value)
    {
        var box = writer.StartFull(type, version, 0);
        var countAt = writer.Length;
        writer.WriteUInt32(0); // entry_count, patched below
        var entries = 0u;
        for (var i = 0; i < samples.Count;)
        {
            var current = value(samples[i]);
            var run = 1;
            while (i + run < samples.Count && value(samples[i + run]) == current)
            {
                run++;
            }

            writer.WriteUInt32((uint)run);
            writer.WriteUInt32(current);
            entries++;
            i += run;
        }

        writer.PatchUInt32(countAt, entries);
        writer.End(box);
    }

    private static void WriteSampleSizes(BoxWriter writer, SampleList samples)
    {
        // 8.7.3.2: one sample_size for all when they are equal (common for PCM, rare for AAC/video).
        var constant = samples.All(s => s.Size == samples[0].Size) ? samples[0].Size : 0u;
        var box = writer.StartFull(BoxTypes.Stsz, 0, 0);
        writer.WriteUInt32(constant);
        writer.WriteUInt32((uint)samples.Count);
        if (constant == 0)
        {
            foreach (var sample in samples)
            {
                writer.WriteUInt32(sample.Size);
            }
        }

        writer.End(box);
    }

    private static void WriteSampleToChunk(BoxWriter writer, List<OutputChunk> chunks)
    {
        var box = writer.StartFull(BoxTypes.Stsc, 0, 0);
        var countAt = writer.Length;
        writer.WriteUInt32(0);
        var entries = 0u;
        for (var i = 0; i < chunks.Count; i++)
        {
            // 8.7.4: a new entry only where samples-per-chunk or the description changes.
            if (i == 0 || chunks[i].SampleCount != chunks[i - 1].SampleCount || chunks[i].DescriptionIndex != chunks[i - 1].DescriptionIndex)
            {
                writer.WriteUInt32((uint)i + 1);
                writer.WriteUInt32((uint)chunks[i].SampleCount);
                writer.WriteUInt32(chunks[i].DescriptionIndex);
                entries++;
            }
        }

        writer.PatchUInt32(countAt, entries);
        writer.End(box);
    }

    private static void WriteChunkOffsets(MovieBox movie, List<OutputChunk> chunks)
    {
        // 8.7.5: 'co64' only when an offset needs more than 32 bits.
        var writer = movie.Writer;
        var box = writer.StartFull(movie.LargeOffsets ? BoxTypes.Co64 : BoxTypes.Stco, 0, 0);
        writer.WriteUInt32((uint)chunks.Count);
        movie.AddOffsetTable(writer.Length, chunks.Count);
        foreach (var chunk in chunks)
        {
            if (movie.LargeOffsets)
            {
                writer.WriteUInt64((ulong)chunk.Offset);
            }
            else
            {
                // Exact whenever 'stco' is kept; clamped only in a first build that is redone with 'co64'.
                writer.WriteUInt32((uint)Math.Min(chunk.Offset, uint.MaxValue));
            }
        }

        writer.End(box);
    }
}
