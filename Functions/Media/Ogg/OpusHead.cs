using System.Buffers.Binary;

namespace YouTubeDownloader.Media.Ogg;

/// <summary>
/// The Opus identification header (RFC 7845 section 5.1): the first packet of an Ogg Opus stream. A WebM carries it as
/// the track's CodecPrivate, so it is checked and copied as it is (its channel mapping and output gain included).
/// </summary>
public sealed record OpusHead(byte[] Bytes)
{
    private const int MinLength = 19;

    public int Channels => Bytes[9];

    /// <summary>Samples (48 kHz) the decoder drops at the start; the granule positions count them.</summary>
    public int PreSkip => BinaryPrimitives.ReadUInt16LittleEndian(Bytes.AsSpan(10));

    public static OpusHead Parse(byte[] bytes)
    {
        if (bytes.Length < MinLength || !bytes.AsSpan().StartsWith("OpusHead"u8))
        {
            throw new InvalidDataException("The Opus track has no OpusHead.");
        }

        // Version: the major part (high nibble) must be 0; a minor version is compatible by definition.
        if (bytes[8] >> 4 != 0 || bytes[9] == 0)
        {
            throw new InvalidDataException($"The OpusHead (version {bytes[8]}, {bytes[9]} channels) is not one this writer knows.");
        }

        // Mapping families other than 0 carry a channel mapping table after the 19 bytes.
        if (bytes[18] != 0 && bytes.Length < MinLength + 2 + bytes[9])
        {
            throw new InvalidDataException("The OpusHead's channel mapping table is cut short.");
        }

        return new OpusHead(bytes);
    }

    /// <summary>A family-0 header (mono or stereo) for a track whose CodecPrivate is missing: the channels and pre-skip from the track.</summary>
    public static OpusHead For(int channels, int preSkip)
    {
        if (channels is < 1 or > 2)
        {
            throw new InvalidDataException($"An Opus track of {channels} channels needs its OpusHead.");
        }

        var bytes = new byte[MinLength];
        "OpusHead"u8.CopyTo(bytes);
        bytes[8] = 1;
        bytes[9] = (byte)channels;
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(10), (ushort)preSkip);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(12), 48000);
        return new OpusHead(bytes);
    }
}
