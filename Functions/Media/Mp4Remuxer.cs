namespace YouTubeDownloader.Media;

/// <summary>
/// Joins one video and one audio track (or a single track) into one progressive MP4 with the 'moov' first
/// ("faststart"). Samples are copied, never transcoded; the sample tables are rebuilt from the inputs' fragments.
/// Memory is the sample tables plus one copy buffer; nothing is seeked on the output.
/// </summary>
public static class Mp4Remuxer
{
    /// <summary>
    /// The read buffer the caller should give each input blob stream. Every 'moof' read costs one buffer-sized ranged
    /// GET, and the media copy costs one GET per buffer: 256 KiB keeps the header pass of a 2-hour 1080p file
    /// (about 1,500–3,600 fragments) to a fraction of the media, and the copy to requests of a useful size.
    /// </summary>
    public const int RecommendedReadBufferSize = 256 * 1024;

    /// <summary>
    /// Reads the inputs' headers (video first, then audio) and lays out the output without copying any media: what a
    /// writer needs to copy the media itself, in parallel if it likes.
    /// </summary>
    /// <exception cref="InvalidDataException">An input is not a usable MP4.</exception>
    /// <exception cref="EndOfStreamException">An input is truncated.</exception>
    public static Task<RemuxLayout> PlanAsync(IReadOnlyList<Stream> inputs, CancellationToken cancellationToken) =>
        PlanAsync(inputs, FileTags.None, cancellationToken);

    /// <summary>As <see cref="PlanAsync(IReadOnlyList{Stream}, CancellationToken)"/>, the header carrying <paramref name="tags"/>.</summary>
    public static Task<RemuxLayout> PlanAsync(IReadOnlyList<Stream> inputs, FileTags tags, CancellationToken cancellationToken) =>
        PlanAsync(inputs, tags, [], cancellationToken);

    /// <summary>
    /// As <see cref="PlanAsync(IReadOnlyList{Stream}, FileTags, CancellationToken)"/>, with <paramref name="texts"/> as timed text
    /// tracks after the inputs' tracks; their samples are the layout's <see cref="RemuxLayout.Trailer"/>, after the media.
    /// A <paramref name="clip"/> keeps only its span (<see cref="ClipCut"/>): the extents are then the clip's samples alone,
    /// and the chapters and cues are cut to it.
    /// </summary>
    public static async Task<RemuxLayout> PlanAsync(
        IReadOnlyList<Stream> inputs, FileTags tags, IReadOnlyList<TextTrack> texts, CancellationToken cancellationToken, MediaClip? clip = null)
    {
        ArgumentNullException.ThrowIfNull(tags);
        ArgumentNullException.ThrowIfNull(texts);
        (tags, texts) = Clipped(tags, texts, clip);
        var (tracks, order) = await PlanTracksAsync(inputs, texts, clip, cancellationToken).ConfigureAwait(false);
        var header = ProgressiveHeader.Write(tracks, order, tags);
        var extents = new List<MediaExtent>();
        foreach (var chunk in order.Where(c => c.Track < inputs.Count))
        {
            var samples = tracks[chunk.Track].Samples;
            for (var i = chunk.FirstSample; i < chunk.FirstSample + chunk.SampleCount; i++)
            {
                var sample = samples[i];
                if (extents.Count > 0 && extents[^1] is var last && last.Input == chunk.Track && last.Offset + last.Length == sample.Offset)
                {
                    extents[^1] = last with { Length = last.Length + sample.Size };
                }
                else if (sample.Size > 0)
                {
                    extents.Add(new MediaExtent(chunk.Track, sample.Offset, sample.Size));
                }
            }
        }

        byte[] trailer = [.. tracks.Skip(inputs.Count).SelectMany(t => ((MemoryStream)t.Stream).ToArray())];
        return new RemuxLayout(header.ToArray(), extents, header.Length + header.MediaBytes, trailer);
    }

    /// <summary>Remuxes the inputs (video first, then audio) into <paramref name="output"/>; returns the bytes written.</summary>
    /// <exception cref="InvalidDataException">An input is not a usable MP4.</exception>
    /// <exception cref="EndOfStreamException">An input is truncated.</exception>
    public static Task<long> RemuxAsync(IReadOnlyList<Stream> inputs, Stream output, CancellationToken cancellationToken) =>
        RemuxAsync(inputs, output, FileTags.None, cancellationToken);

    /// <summary>As <see cref="RemuxAsync(IReadOnlyList{Stream}, Stream, CancellationToken)"/>, the 'moov' carrying <paramref name="tags"/>.</summary>
    public static Task<long> RemuxAsync(IReadOnlyList<Stream> inputs, Stream output, FileTags tags, CancellationToken cancellationToken) =>
        RemuxAsync(inputs, output, tags, [], cancellationToken);

    /// <summary>As <see cref="RemuxAsync(IReadOnlyList{Stream}, Stream, FileTags, CancellationToken)"/>, with <paramref name="texts"/> as timed text tracks.</summary>
    public static async Task<long> RemuxAsync(
        IReadOnlyList<Stream> inputs, Stream output, FileTags tags, IReadOnlyList<TextTrack> texts, CancellationToken cancellationToken, MediaClip? clip = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(tags);
        if (!output.CanWrite)
        {
            throw new ArgumentException("The output must be writable.", nameof(output));
        }

        ArgumentNullException.ThrowIfNull(texts);
        (tags, texts) = Clipped(tags, texts, clip);
        var (tracks, order) = await PlanTracksAsync(inputs, texts, clip, cancellationToken).ConfigureAwait(false);
        var header = ProgressiveHeader.Write(tracks, order, tags);

        using var copier = new MediaCopier(output);
        await copier.WriteAsync(header.FileType, cancellationToken).ConfigureAwait(false);
        await copier.WriteAsync(header.Movie.Bytes, cancellationToken).ConfigureAwait(false);
        await copier.WriteAsync(header.MediaDataHeader, cancellationToken).ConfigureAwait(false);
        await copier.CopyAsync(tracks, order, cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return copier.Written;
    }

    /// <summary>The inputs' tracks interleaved, then the text tracks after them (<see cref="ChunkPlanner.AppendText"/>).</summary>
    private static async Task<(List<InputTrack> Tracks, List<OutputChunk> Order)> PlanTracksAsync(
        IReadOnlyList<Stream> inputs, IReadOnlyList<TextTrack> texts, MediaClip? clip, CancellationToken cancellationToken)
    {
        var media = await ReadTracksAsync(inputs, cancellationToken).ConfigureAwait(false);
        if (clip is not null)
        {
            var ranges = ClipCut.Select(media, clip.StartMs, clip.EndMs);
            media = [.. media.Select((t, i) => ClipCut.Apply(t, ranges[i]))];
        }

        var order = ChunkPlanner.Interleave(media);
        var endMs = TimedTextTrack.EndMs(media);
        List<InputTrack> tracks = [.. media, .. texts.Select(t => TimedTextTrack.Build(t, endMs))];
        ChunkPlanner.AppendText(order, tracks, media.Length);
        return (tracks, order);
    }

    /// <summary>The tags' chapters and the cues cut to the clip; as they are without one.</summary>
    internal static (FileTags Tags, IReadOnlyList<TextTrack> Texts) Clipped(FileTags tags, IReadOnlyList<TextTrack> texts, MediaClip? clip) =>
        clip is null ? (tags, texts) : (tags with { Chapters = clip.Cut(tags.Chapters) }, texts.Select(clip.Cut).ToList());

    private static async Task<InputTrack[]> ReadTracksAsync(IReadOnlyList<Stream> inputs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.Count is < 1 or > 2)
        {
            throw new ArgumentException("Expected one or two input streams.", nameof(inputs));
        }

        if (inputs.Any(s => !s.CanRead || !s.CanSeek))
        {
            throw new ArgumentException("Inputs must be readable and seekable.", nameof(inputs));
        }

        // The header passes are one ranged read per fragment each; the two inputs are separate blobs, so their
        // passes overlap instead of adding up.
        return await Task.WhenAll(inputs.Select(input => Mp4TrackReader.ReadAsync(input, cancellationToken))).ConfigureAwait(false);
    }
}
