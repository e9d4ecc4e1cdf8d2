using System.Buffers.Binary;

namespace YouTubeDownloader.Media.Ogg;

/// <summary>
/// Writes one logical Ogg bitstream (RFC 3533) page by page: header packets each end their own page (RFC 7845 section 3),
/// audio packets are gathered into pages of about <see cref="TargetPageBytes"/>, never split across pages, and each
/// page's granule position is the one after its last packet. The last page carries the end-of-stream flag.
/// </summary>
public sealed class OggPageWriter(Stream output, uint serial)
{
    /// <summary>About 0.2 s of 160 kbps Opus a page: fine-grained seeking at ~0.7% overhead.</summary>
    public const int TargetPageBytes = 4096;

    private const int HeaderBytes = 27;
    private const int MaxSegments = 255;
    private const byte Continued = 0x01;
    private const byte BeginningOfStream = 0x02;
    private const byte EndOfStream = 0x04;

    private readonly List<byte> lacing = [];
    private readonly MemoryStream body = new();
    private uint sequence;
    private long pendingGranule;
    private bool pendingPackets;

    /// <summary>Bytes written to the output so far.</summary>
    public long Length { get; private set; }

    /// <summary>
    /// A header packet on pages of its own (as many as it needs, each up to 255 segments), the first of the stream flagged
    /// as its beginning. Header pages have granule position 0.
    /// </summary>
    public async Task WriteHeaderPacketAsync(ReadOnlyMemory<byte> packet, CancellationToken cancellationToken)
    {
        var flags = sequence == 0 ? BeginningOfStream : (byte)0;
        var at = 0;
        var rest = packet.Length;
        var more = true;
        while (more)
        {
            lacing.Clear();
            var take = 0;
            while (lacing.Count < MaxSegments)
            {
                var segment = Math.Min(rest - take, 255);
                lacing.Add((byte)segment);
                take += segment;
                if (segment < 255)
                {
                    more = false;
                    break;
                }
            }

            body.SetLength(0);
            body.Write(packet.Span.Slice(at, take));
            await FlushPageAsync(flags, granule: 0, cancellationToken);
            at += take;
            rest -= take;
            flags = Continued;
        }
    }

    /// <summary>An audio packet; <paramref name="granuleAfter"/> is the stream's sample count (48 kHz) once it is decoded.</summary>
    public async Task WriteAudioPacketAsync(ReadOnlyMemory<byte> packet, long granuleAfter, CancellationToken cancellationToken)
    {
        var segments = (packet.Length / 255) + 1;
        if (segments > MaxSegments)
        {
            throw new InvalidDataException($"An audio packet of {packet.Length} bytes does not fit one Ogg page.");
        }

        if (pendingPackets && (lacing.Count + segments > MaxSegments || body.Length + packet.Length > TargetPageBytes))
        {
            await FlushPageAsync(0, pendingGranule, cancellationToken);
        }

        for (var i = 0; i < segments - 1; i++)
        {
            lacing.Add(255);
        }

        lacing.Add((byte)(packet.Length % 255));
        body.Write(packet.Span);
        pendingGranule = granuleAfter;
        pendingPackets = true;
    }

    /// <summary>
    /// Writes the last page, flagged as the end of the stream, with <paramref name="finalGranule"/>: less than the samples
    /// of its packets when the end is trimmed (RFC 7845 section 4.4).
    /// </summary>
    public async Task FinishAsync(long finalGranule, CancellationToken cancellationToken)
    {
        if (!pendingPackets)
        {
            throw new InvalidDataException("The stream has no audio packet.");
        }

        await FlushPageAsync(EndOfStream, finalGranule, cancellationToken);
        await output.FlushAsync(cancellationToken);
    }

    private async Task FlushPageAsync(byte flags, long granule, CancellationToken cancellationToken)
    {
        var page = new byte[HeaderBytes + lacing.Count + body.Length];
        "OggS"u8.CopyTo(page);
        page[4] = 0; // version
        page[5] = flags;
        BinaryPrimitives.WriteInt64LittleEndian(page.AsSpan(6), granule);
        BinaryPrimitives.WriteUInt32LittleEndian(page.AsSpan(14), serial);
        BinaryPrimitives.WriteUInt32LittleEndian(page.AsSpan(18), sequence++);
        page[26] = (byte)lacing.Count;
        for (var i = 0; i < lacing.Count; i++)
        {
            page[HeaderBytes + i] = lacing[i];
        }

        body.GetBuffer().AsSpan(0, (int)body.Length).CopyTo(page.AsSpan(HeaderBytes + lacing.Count));
        BinaryPrimitives.WriteUInt32LittleEndian(page.AsSpan(22), OggCrc.Compute(page));
        await output.WriteAsync(page, cancellationToken);
        Length += page.Length;
        lacing.Clear();
        body.SetLength(0);
        pendingPackets = false;
    }
}
