using System.Numerics;

namespace YouTubeDownloader.Media.WebM;

/// <summary>
/// EBML's variable-length integers (RFC 8794 section 4): the count of leading zero bits of the first byte says how many
/// bytes follow. An element id keeps its marker bit; a size drops it, and a size of all ones means "unknown".
/// </summary>
internal static class EbmlVarInt
{
    public const int MaxLength = 8;

    /// <summary>How many bytes the integer starting with <paramref name="first"/> takes; 0 for the invalid first byte 0x00.</summary>
    public static int LengthOf(byte first) => first == 0 ? 0 : BitOperations.LeadingZeroCount((uint)first) - 24 + 1;

    /// <summary>An element id as written (marker bit kept), at most 4 bytes (EBMLMaxIDLength's default).</summary>
    public static uint ReadId(ReadOnlySpan<byte> source, out int length)
    {
        length = Length(source, maxLength: 4);
        uint id = 0;
        for (var i = 0; i < length; i++)
        {
            id = (id << 8) | source[i];
        }

        return id;
    }

    /// <summary>A data size; null for the reserved all-ones value ("unknown size", used by live streams for Segment and Cluster).</summary>
    public static long? ReadSize(ReadOnlySpan<byte> source, out int length)
    {
        length = Length(source, MaxLength);
        ulong value = (ulong)(source[0] & (0xFF >> length));
        var allOnes = value == (ulong)(0xFF >> length);
        for (var i = 1; i < length; i++)
        {
            value = (value << 8) | source[i];
            allOnes &= source[i] == 0xFF;
        }

        if (allOnes)
        {
            return null;
        }

        return value > long.MaxValue ? throw new InvalidDataException("An EBML size is too large.") : (long)value;
    }

    private static int Length(ReadOnlySpan<byte> source, int maxLength)
    {
        if (source.IsEmpty)
        {
            throw new EndOfStreamException("The WebM ends inside an EBML number.");
        }

        var length = LengthOf(source[0]);
        if (length == 0 || length > maxLength)
        {
            throw new InvalidDataException($"Byte 0x{source[0]:X2} does not start an EBML number.");
        }

        return length > source.Length ? throw new EndOfStreamException("The WebM ends inside an EBML number.") : length;
    }
}
