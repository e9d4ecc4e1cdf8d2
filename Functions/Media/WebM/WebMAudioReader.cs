using System.Runtime.CompilerServices;
using System.Text;

namespace YouTubeDownloader.Media.WebM;

/// <summary>
/// Reads the frames of a WebM's audio track in one forward pass: the EBML header, the Segment's Tracks, then every
/// Cluster's SimpleBlocks and BlockGroups (with their DiscardPadding). Everything else (SeekHead, Cues, Tags, Void) is
/// skipped. Masters of unknown size (live WebM) are fine: Segment and Cluster are entered, never measured.
/// </summary>
/// <remarks>
/// Written here rather than taken from NEbml (the one EBML package on the feed): it reads synchronously from a seekable
/// stream, where this reads a ranged blob stream forward with async I/O, and a WebM audio track needs only a dozen ids.
/// </remarks>
public sealed class WebMAudioReader(Stream source)
{
    private const int MaxHeaderElementBytes = 1 << 20;
    private const int MaxBlockBytes = 16 << 20;

    private readonly EbmlStreamReader reader = new(source);

    /// <summary>Reads up to and including Tracks; the first audio track, or one with <paramref name="codecId"/> when given.</summary>
    public async Task<WebMTrack> ReadTrackAsync(string? codecId, CancellationToken cancellationToken)
    {
        var ebml = await reader.ReadHeaderAsync(cancellationToken) ?? throw new EndOfStreamException("The WebM is empty.");
        if (ebml.Id != MatroskaIds.Ebml)
        {
            throw new InvalidDataException("The stream is not EBML (no EBML header).");
        }

        CheckDocType(await reader.ReadPayloadAsync(ebml, MaxHeaderElementBytes, cancellationToken));
        while (await reader.ReadHeaderAsync(cancellationToken) is { } element)
        {
            switch (element.Id)
            {
                case MatroskaIds.Segment:
                    continue; // entered
                case MatroskaIds.Tracks:
                    return ChooseTrack(await reader.ReadPayloadAsync(element, MaxHeaderElementBytes, cancellationToken), codecId);
                case MatroskaIds.Cluster:
                    throw new InvalidDataException("The WebM has a Cluster before its Tracks.");
                default:
                    await reader.SkipAsync(element, cancellationToken);
                    break;
            }
        }

        throw new EndOfStreamException("The WebM ends before its Tracks.");
    }

    /// <summary>After <see cref="ReadTrackAsync"/>: the track's blocks in file order, to the end of the stream.</summary>
    public async IAsyncEnumerable<WebMBlock> ReadBlocksAsync(WebMTrack track, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (await reader.ReadHeaderAsync(cancellationToken) is { } element)
        {
            switch (element.Id)
            {
                case MatroskaIds.Segment or MatroskaIds.Cluster:
                    continue; // entered
                case MatroskaIds.SimpleBlock:
                    if (ParseBlock(await reader.ReadPayloadAsync(element, MaxBlockBytes, cancellationToken), track.Number) is { } frames)
                    {
                        yield return new WebMBlock(frames, 0);
                    }

                    break;
                case MatroskaIds.BlockGroup:
                    if (ParseGroup(await reader.ReadPayloadAsync(element, MaxBlockBytes, cancellationToken), track.Number) is { } block)
                    {
                        yield return block;
                    }

                    break;
                default:
                    await reader.SkipAsync(element, cancellationToken);
                    break;
            }
        }
    }

    private static void CheckDocType(byte[] header)
    {
        var spans = new EbmlSpanReader(header);
        while (spans.TryRead(out var id, out var payload))
        {
            if (id == MatroskaIds.DocType && Encoding.ASCII.GetString(payload).TrimEnd('\0') is not ("webm" or "matroska"))
            {
                throw new InvalidDataException("The EBML document is neither WebM nor Matroska.");
            }
        }
    }

    private static WebMTrack ChooseTrack(byte[] tracks, string? codecId)
    {
        var entries = new EbmlSpanReader(tracks);
        while (entries.TryRead(out var id, out var entry))
        {
            if (id == MatroskaIds.TrackEntry && ReadEntry(entry) is { } track && (codecId is null || track.CodecId == codecId))
            {
                return track;
            }
        }

        throw new InvalidDataException(codecId is null ? "The WebM has no audio track." : $"The WebM has no {codecId} track.");
    }

    /// <summary>The entry as a track when it is audio; null for any other kind.</summary>
    private static WebMTrack? ReadEntry(ReadOnlySpan<byte> entry)
    {
        ulong number = 0, type = 0, delay = 0, channels = 1;
        var codec = "";
        byte[] codecPrivate = [];
        var fields = new EbmlSpanReader(entry);
        while (fields.TryRead(out var id, out var payload))
        {
            switch (id)
            {
                case MatroskaIds.TrackNumber: number = EbmlSpanReader.UInt(payload); break;
                case MatroskaIds.TrackType: type = EbmlSpanReader.UInt(payload); break;
                case MatroskaIds.CodecId: codec = Encoding.ASCII.GetString(payload).TrimEnd('\0'); break;
                case MatroskaIds.CodecPrivate: codecPrivate = payload.ToArray(); break;
                case MatroskaIds.CodecDelay: delay = EbmlSpanReader.UInt(payload); break;
                case MatroskaIds.Audio:
                    var audio = new EbmlSpanReader(payload);
                    while (audio.TryRead(out var audioId, out var value))
                    {
                        if (audioId == MatroskaIds.Channels)
                        {
                            channels = EbmlSpanReader.UInt(value);
                        }
                    }

                    break;
            }
        }

        return type == MatroskaIds.AudioTrackType && number > 0 ? new WebMTrack(number, codec, codecPrivate, delay, (int)Math.Min(channels, 255)) : null;
    }

    private static WebMBlock? ParseGroup(byte[] group, ulong trackNumber)
    {
        List<ReadOnlyMemory<byte>>? frames = null;
        long discard = 0;
        var children = new EbmlSpanReader(group);
        while (children.TryRead(out var id, out var payload))
        {
            switch (id)
            {
                case MatroskaIds.Block:
                    // The frames point into the group's own array: no copy per frame.
                    frames = ParseBlock(group.AsMemory(children.PayloadOffset, payload.Length), trackNumber);
                    break;
                case MatroskaIds.DiscardPadding:
                    discard = EbmlSpanReader.Int(payload);
                    break;
            }
        }

        return frames is null ? null : new WebMBlock(frames, Math.Max(discard, 0));
    }

    /// <summary>The frames of a Block or SimpleBlock (RFC 9559 section 10), unlaced; null when it belongs to another track.</summary>
    internal static List<ReadOnlyMemory<byte>>? ParseBlock(ReadOnlyMemory<byte> block, ulong trackNumber)
    {
        var span = block.Span;
        var track = EbmlVarInt.ReadSize(span, out var trackLength) ?? throw new InvalidDataException("A WebM block has no track number.");
        if ((ulong)track != trackNumber)
        {
            return null;
        }

        var at = trackLength + 3; // the track, a 16-bit relative timestamp, the flags
        if (span.Length < at)
        {
            throw new EndOfStreamException("A WebM block ends inside its header.");
        }

        var lacing = (span[at - 1] >> 1) & 3;
        if (lacing == 0)
        {
            return [block[at..]];
        }

        if (span.Length <= at)
        {
            throw new EndOfStreamException("A laced WebM block has no frame count.");
        }

        var count = span[at++] + 1;
        var sizes = new long[count];
        switch (lacing)
        {
            case 1: // Xiph: each size as a run of 255s and a last byte below 255
                for (var i = 0; i < count - 1; i++)
                {
                    byte b;
                    do
                    {
                        if (at >= span.Length)
                        {
                            throw new EndOfStreamException("A WebM block ends inside its lacing.");
                        }

                        b = span[at++];
                        sizes[i] += b;
                    }
                    while (b == 255);
                }

                break;
            case 3: // EBML: the first size, then signed differences to the one before
                sizes[0] = EbmlVarInt.ReadSize(span[at..], out var firstLength) ?? throw new InvalidDataException("A WebM lace size is unknown.");
                at += firstLength;
                for (var i = 1; i < count - 1; i++)
                {
                    var raw = EbmlVarInt.ReadSize(span[at..], out var length) ?? throw new InvalidDataException("A WebM lace size is unknown.");
                    at += length;
                    sizes[i] = sizes[i - 1] + raw - ((1L << ((7 * length) - 1)) - 1);
                }

                break;
            default: // fixed: equal sizes
                var each = (span.Length - at) / count;
                Array.Fill(sizes, each);
                break;
        }

        sizes[count - 1] = span.Length - at - sizes[..^1].Sum();
        var frames = new List<ReadOnlyMemory<byte>>(count);
        foreach (var size in sizes)
        {
            if (size < 0 || size > span.Length - at)
            {
                throw new InvalidDataException("A WebM block's lace sizes do not fit the block.");
            }

            frames.Add(block.Slice(at, (int)size));
            at += (int)size;
        }

        return frames;
    }
}
