namespace YouTubeDownloader.Media.WebM;

/// <summary>
/// Reads element headers and payloads from a forward-only stream, one after the other: the caller decides which masters
/// to enter (by reading on after their header) and which elements to skip or read whole.
/// </summary>
internal sealed class EbmlStreamReader(Stream source)
{
    private readonly byte[] header = new byte[4 + EbmlVarInt.MaxLength];

    /// <summary>Bytes read so far from the start of the stream.</summary>
    public long Position { get; private set; }

    /// <summary>The next element's header; null at the end of the stream.</summary>
    public async ValueTask<EbmlElement?> ReadHeaderAsync(CancellationToken cancellationToken)
    {
        if (await source.ReadAtLeastAsync(header.AsMemory(0, 1), 1, throwOnEndOfStream: false, cancellationToken) == 0)
        {
            return null;
        }

        var idLength = EbmlVarInt.LengthOf(header[0]);
        if (idLength is 0 or > 4)
        {
            throw new InvalidDataException($"Byte 0x{header[0]:X2} at {Position} does not start a WebM element.");
        }

        await source.ReadExactlyAsync(header.AsMemory(1, idLength), cancellationToken);
        var sizeLength = EbmlVarInt.LengthOf(header[idLength]);
        if (sizeLength == 0)
        {
            throw new InvalidDataException($"The WebM element at {Position} has no valid size.");
        }

        await source.ReadExactlyAsync(header.AsMemory(idLength + 1, sizeLength - 1), cancellationToken);
        var id = EbmlVarInt.ReadId(header, out _);
        var size = EbmlVarInt.ReadSize(header.AsSpan(idLength), out _);
        Position += idLength + sizeLength;
        return new EbmlElement(id, size, idLength + sizeLength);
    }

    /// <summary>The element's payload, read whole; <paramref name="limit"/> guards against a size no element of this kind has.</summary>
    public async ValueTask<byte[]> ReadPayloadAsync(EbmlElement element, int limit, CancellationToken cancellationToken)
    {
        if (element.KnownSize > limit)
        {
            throw new InvalidDataException($"WebM element 0x{element.Id:X} is {element.KnownSize} bytes, more than {limit}.");
        }

        var payload = new byte[element.KnownSize];
        await source.ReadExactlyAsync(payload, cancellationToken);
        Position += payload.Length;
        return payload;
    }

    public async ValueTask SkipAsync(EbmlElement element, CancellationToken cancellationToken)
    {
        var left = element.KnownSize;
        var scratch = new byte[(int)Math.Min(left, 64 * 1024)];
        while (left > 0)
        {
            var read = await source.ReadAsync(scratch.AsMemory(0, (int)Math.Min(left, scratch.Length)), cancellationToken);
            if (read == 0)
            {
                throw new EndOfStreamException($"The WebM ends inside element 0x{element.Id:X}.");
            }

            left -= read;
        }

        Position += element.KnownSize;
    }
}
