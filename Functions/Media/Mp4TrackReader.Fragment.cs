using YouTubeDownloader.Media.IsoBmff;

namespace YouTubeDownloader.Media;

/// <summary>Reading a 'moof' (8.8.4): each 'traf' of our track adds its runs' samples at their absolute file offsets.</summary>
internal sealed partial class Mp4TrackReader
{
    private void ReadFragment(long moofOffset, ReadOnlySpan<byte> moof)
    {
        if (_track is null)
        {
            throw new InvalidDataException("A 'moof' comes before the 'moov'.");
        }

        if (moofOffset <= _lastMoofOffset)
        {
            return; // already read: a 'sidx' pointed back at it
        }

        _lastMoofOffset = moofOffset;
        long? previousTrafEnd = moofOffset;
        var children = new ChildBoxes(moof);
        while (children.MoveNext())
        {
            if (children.Type == BoxTypes.Traf)
            {
                previousTrafEnd = ReadTrackFragment(moofOffset, previousTrafEnd, children.Payload);
            }
        }
    }

    /// <summary>Returns where this fragment's data ends (the implicit base of the next 'traf'), or null if unknown.</summary>
    private long? ReadTrackFragment(long moofOffset, long? previousTrafEnd, ReadOnlySpan<byte> traf)
    {
        var tfhd = TrackFragmentHeaderBox.Read(ChildBoxes.Require(traf, BoxTypes.Tfhd, BoxTypes.Traf), _trackDefaults);
        if (tfhd.TrackId != _track!.Header.TrackId)
        {
            return null;
        }

        // 8.8.7.1: an explicit base wins; default-base-is-moof means the moof; otherwise the moof for the first
        // 'traf' and the end of the previous 'traf's data for the following ones.
        var baseOffset = tfhd.BaseDataOffset
            ?? (tfhd.DefaultBaseIsMoof ? moofOffset : previousTrafEnd)
            ?? throw new InvalidDataException("A 'traf' relies on the data end of a track fragment that was not read.");
        if (baseOffset > _length)
        {
            throw new InvalidDataException($"A 'traf' has its data base at {baseOffset}, past the end of the file ({_length}).");
        }

        if (ChildBoxes.TryFind(traf, BoxTypes.Tfdt, out var tfdt))
        {
            AlignDecodeTime(TrackFragmentDecodeTimeBox.Read(tfdt));
        }

        var description = CheckDescriptionIndex(tfhd.SampleDescriptionIndex);
        var position = baseOffset;
        var children = new ChildBoxes(traf);
        while (children.MoveNext())
        {
            if (children.Type != BoxTypes.Trun)
            {
                continue;
            }

            // 8.8.8.1: data_offset is relative to the base; without it the run follows the previous one.
            var run = TrackRunBox.Read(children.Payload);
            position = run.DataOffset is { } dataOffset ? baseOffset + dataOffset : position; // both bounded: no overflow
            CheckSampleBudget(run.SampleCount);
            for (var i = 0u; i < run.SampleCount; i++)
            {
                var entry = run.ReadEntry(i == 0, tfhd);
                AddSample(new Sample(position, entry.Size, entry.Duration, entry.CompositionOffset, description, SampleFlags.IsSync(entry.Flags)));
                position += entry.Size;
            }
        }

        return position;
    }

    /// <summary>
    /// A 'tfdt' ahead of the summed durations means a gap: the last sample is stretched over it so the following
    /// samples keep their timing. A 'tfdt' behind is ignored (the durations are the authority in a progressive file).
    /// </summary>
    private void AlignDecodeTime(ulong fragmentStart)
    {
        if (_recording is not null)
        {
            _recording.StartRun(fragmentStart);
            return;
        }

        var samples = _track!.Samples;
        if (samples.Count == 0)
        {
            _track.FirstDecodeTime = _decodeTime == 0 ? fragmentStart : _track.FirstDecodeTime;
            return;
        }

        if (fragmentStart <= _decodeTime || fragmentStart - _decodeTime > uint.MaxValue - samples[^1].Duration)
        {
            return;
        }

        var gap = (uint)(fragmentStart - _decodeTime);
        samples[^1] = samples[^1] with { Duration = samples[^1].Duration + gap };
        _track.MediaDuration += gap;
        _decodeTime = fragmentStart;
    }

    private void AddSample(Sample sample)
    {
        if (sample.Offset < 0 || sample.Offset + sample.Size > _length)
        {
            throw new InvalidDataException($"A sample at {sample.Offset} (+{sample.Size} bytes) lies outside the file ({_length} bytes).");
        }

        if (_recording is not null)
        {
            _recording.Add(sample);
            return;
        }

        _track!.Samples.Add(sample);
        var composition = (long)_decodeTime + sample.CompositionOffset;
        _track.CompositionStart = Math.Min(_track.CompositionStart, composition);
        _track.CompositionEnd = Math.Max(_track.CompositionEnd, composition + sample.Duration);
        _track.MediaDuration += sample.Duration;
        _track.MediaBytes += sample.Size;
        _decodeTime += sample.Duration;
    }

    private void CheckSampleBudget(uint more)
    {
        // Every sample needs a table entry; zero-size samples could otherwise be declared by the billion.
        var limit = Math.Min(MaxSamplesPerTrack, Math.Max(_length, 1024));
        if (_track!.Samples.Count + (long)more > limit)
        {
            throw new InvalidDataException($"The track declares more than {limit} samples.");
        }
    }

    /// <summary>A 1-based index into 'stsd' (8.5.2); one that names no sample entry would make an unplayable output.</summary>
    private ushort CheckDescriptionIndex(uint index) => index >= 1 && index <= Math.Min(_track!.SampleDescriptionCount, ushort.MaxValue)
        ? (ushort)index
        : throw new InvalidDataException($"Sample description index {index} is out of range (the 'stsd' has {_track!.SampleDescriptionCount}).");
}
