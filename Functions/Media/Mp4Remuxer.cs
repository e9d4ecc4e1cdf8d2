using System.Buffers.Binary;
using YouTubeDownloader.Media.IsoBmff;

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

    /// <summary>Remuxes the inputs (video first, then audio) into <paramref name="output"/>; returns the bytes written.</summary>
    /// <exception cref="InvalidDataException">An input is not a usable MP4.</exception>
    /// <exception cref="EndOfStreamException">An input is truncated.</exception>
    public static async Task<long> RemuxAsync(IReadOnlyList<Stream> inputs, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(output);
        if (inputs.Count is < 1 or > 2)
        {
            throw new ArgumentException("Expected one or two input streams.", nameof(inputs));
        }

        if (inputs.Any(s => !s.CanRead || !s.CanSeek) || !output.CanWrite)
        {
            throw new ArgumentException("Inputs must be readable and seekable, the output writable.");
        }

        // The header passes are one ranged read per fragment each; the two inputs are separate blobs, so their
        // passes overlap instead of adding up.
        var tracks = await Task.WhenAll(inputs.Select(input => Mp4TrackReader.ReadAsync(input, cancellationToken))).ConfigureAwait(false);

        // Faststart: every table is known before the first media byte, so the layout is fixed up front. Chunk
        // offsets are first relative to the media start; the 'moov' size then fixes where the media starts.
        var order = ChunkPlanner.Interleave(tracks);
        ChunkPlanner.AssignOffsets(order, 0);
        var mediaBytes = tracks.Sum(t => t.MediaBytes);
        var fileType = MovieWriter.WriteFileType(tracks);
        var mdatHeaderLength = mediaBytes + BoxHeader.CompactLength > uint.MaxValue ? BoxHeader.LargeLength : BoxHeader.CompactLength;
        var moov = MovieWriter.WriteMovie(tracks, order, largeOffsets: false);
        if ((long)fileType.Length + moov.Length + mdatHeaderLength + mediaBytes > uint.MaxValue)
        {
            moov = MovieWriter.WriteMovie(tracks, order, largeOffsets: true);
        }

        moov.Relocate((long)fileType.Length + moov.Length + mdatHeaderLength);

        using var copier = new MediaCopier(output);
        await copier.WriteAsync(fileType, cancellationToken).ConfigureAwait(false);
        await copier.WriteAsync(moov.Bytes, cancellationToken).ConfigureAwait(false);
        await copier.WriteAsync(MediaDataHeader(mediaBytes, mdatHeaderLength), cancellationToken).ConfigureAwait(false);
        await copier.CopyAsync(tracks, order, cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return copier.Written;
    }

    /// <summary>'mdat' header (8.1.1), with a 64-bit largesize (4.2) when the media passes 4 GiB.</summary>
    private static byte[] MediaDataHeader(long mediaBytes, int headerLength)
    {
        var header = new byte[headerLength];
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), BoxTypes.Mdat);
        if (headerLength == BoxHeader.LargeLength)
        {
            BinaryPrimitives.WriteUInt32BigEndian(header, 1);
            BinaryPrimitives.WriteUInt64BigEndian(header.AsSpan(8), (ulong)(mediaBytes + headerLength));
        }
        else
        {
            BinaryPrimitives.WriteUInt32BigEndian(header, (uint)(mediaBytes + headerLength));
        }

        return header;
    }
}
