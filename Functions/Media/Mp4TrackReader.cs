using YouTubeDownloader.Media.IsoBmff;

namespace YouTubeDownloader.Media;

/// <summary>
/// Reads one single-track MP4 (fragmented or progressive) into an <see cref="InputTrack"/> without touching the media:
/// only box headers, 'moov', 'sidx' and the 'moof's are read. Each 'moof' costs one positioned read, and 'mdat'
/// payloads are skipped with a seek, so on a ranged blob stream the header pass costs about one request per fragment.
/// </summary>
internal sealed partial class Mp4TrackReader
{
    /// <summary>A 2-hour progressive 'moov' is a few MB; anything far beyond is not a file we want to hold.</summary>
    private const int MaxMoovSize = 64 << 20;

    private const int MaxMoofSize = 16 << 20;
    private const int MaxSidxSize = 1 << 20;

    /// <summary>Hierarchical 'sidx' (8.16.3.1) nest rarely more than once; deeper nesting is treated as plain boxes.</summary>
    private const int MaxIndexDepth = 4;

    /// <summary>About 3 days of 60 fps video: a bound on the sample table, whatever the counts in the file say.</summary>
    private const int MaxSamplesPerTrack = 16_000_000;

    private readonly Stream _stream;
    private readonly long _length;
    private readonly byte[] _header = new byte[BoxHeader.LargeLength];
    private byte[] _payload = new byte[64 * 1024];
    private InputTrack? _track;
    private TrackExtendsBox _trackDefaults;
    private long _lastMoofOffset = -1;
    private ulong _decodeTime;

    private Mp4TrackReader(Stream stream)
        : this(stream, stream.Length)
    {
    }

    private Mp4TrackReader(Stream stream, long length)
    {
        _stream = stream;
        _length = length;
    }

    public static async Task<InputTrack> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        var reader = new Mp4TrackReader(stream);
        await reader.WalkAsync(0, reader._length, depth: 0, cancellationToken).ConfigureAwait(false);
        return reader.Finish();
    }

    /// <summary>The track once every sample is in, checked as a whole.</summary>
    private InputTrack Finish()
    {
        var track = _track ?? throw new InvalidDataException("The file has no 'moov' box.");
        if (track.Samples.Count == 0)
        {
            throw new InvalidDataException("The track has no samples.");
        }

        // Real samples never overlap, so their sizes add up to less than the file; lying tables that reuse the same
        // bytes over and over would otherwise turn a small input into an endless output.
        if (track.MediaBytes > _length)
        {
            throw new InvalidDataException($"The samples add up to {track.MediaBytes} bytes, more than the file holds ({_length}).");
        }

        return track;
    }

    /// <summary>Walks the top-level boxes in [start, end), following a 'sidx' to the subsegments it lists.</summary>
    private async Task WalkAsync(long start, long end, int depth, CancellationToken cancellationToken)
    {
        var position = start;
        while (position < end)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var header = await ReadHeaderAsync(position, end, cancellationToken).ConfigureAwait(false);
            var next = checked(position + header.Size);
            switch (header.Type)
            {
                case BoxTypes.Moov when _track is null:
                    ReadMovie((await ReadPayloadAsync(position, header, MaxMoovSize, cancellationToken).ConfigureAwait(false)).Span);
                    break;
                case BoxTypes.Moov:
                    throw new InvalidDataException("The file has two 'moov' boxes.");
                case BoxTypes.Moof:
                    var moof = await ReadPayloadAsync(position, header, MaxMoofSize, cancellationToken).ConfigureAwait(false);
                    ReadFragment(position, moof.Span);
                    break;
                case BoxTypes.Sidx when depth < MaxIndexDepth && _track is not null:
                    var sidx = await ReadPayloadAsync(position, header, MaxSidxSize, cancellationToken).ConfigureAwait(false);
                    foreach (var reference in SegmentIndexBox.Read(sidx.Span, next, _length))
                    {
                        await WalkAsync(reference.Offset, reference.Offset + reference.Size, depth + 1, cancellationToken).ConfigureAwait(false);
                        next = Math.Max(next, reference.Offset + reference.Size);
                    }

                    break;
            }

            position = next;
        }
    }

    private async Task<BoxHeader> ReadHeaderAsync(long position, long end, CancellationToken cancellationToken)
    {
        var available = end - position;
        var length = (int)Math.Min(BoxHeader.LargeLength, available);
        await ReadAtAsync(position, _header.AsMemory(0, length), cancellationToken).ConfigureAwait(false);
        return BoxHeader.Read(_header.AsSpan(0, length), available, topLevel: true);
    }

    /// <summary>
    /// Reads a box payload into a buffer reused from box to box (valid until the next call): thousands of 'moof's
    /// then cost no garbage. Callers copy out what they keep.
    /// </summary>
    private async Task<ReadOnlyMemory<byte>> ReadPayloadAsync(long position, BoxHeader header, int maxSize, CancellationToken cancellationToken)
    {
        if (header.PayloadSize > maxSize)
        {
            throw new InvalidDataException($"'{BoxTypes.Name(header.Type)}' is {header.Size} bytes; at most {maxSize} are accepted.");
        }

        var length = (int)header.PayloadSize;
        if (_payload.Length < length)
        {
            _payload = new byte[Math.Max(length, _payload.Length * 2)];
        }

        var payload = _payload.AsMemory(0, length);
        await ReadAtAsync(position + header.HeaderSize, payload, cancellationToken).ConfigureAwait(false);
        return payload;
    }

    private async Task ReadAtAsync(long position, Memory<byte> buffer, CancellationToken cancellationToken)
    {
        if (_stream.Position != position)
        {
            _stream.Seek(position, SeekOrigin.Begin);
        }

        await _stream.ReadExactlyAsync(buffer, cancellationToken).ConfigureAwait(false);
    }
}
