namespace YouTubeDownloader.Media.Ogg;

/// <summary>What an Opus packet's TOC byte says of its length (RFC 6716 section 3.1): frames times the frame size, at 48 kHz.</summary>
public static class OpusPacket
{
    /// <summary>The largest packet duration Opus allows: 120 ms.</summary>
    public const int MaxSamples = 5760;

    /// <summary>The samples (per channel, 48 kHz) the packet decodes to.</summary>
    public static int SampleCount(ReadOnlySpan<byte> packet)
    {
        if (packet.IsEmpty)
        {
            throw new InvalidDataException("An Opus packet is empty.");
        }

        var toc = packet[0];
        var frames = (toc & 0x03) switch
        {
            0 => 1,
            1 or 2 => 2,
            _ => packet.Length >= 2 ? packet[1] & 0x3F : throw new InvalidDataException("An Opus code 3 packet has no frame count."),
        };
        var samples = frames * FrameSamples(toc >> 3);
        return samples is > 0 and <= MaxSamples ? samples : throw new InvalidDataException($"An Opus packet claims {samples} samples.");
    }

    /// <summary>The frame size of a TOC configuration (0–31): SILK 10/20/40/60 ms, Hybrid 10/20 ms, CELT 2.5/5/10/20 ms.</summary>
    public static int FrameSamples(int config) => config switch
    {
        < 12 => (config & 3) switch { 0 => 480, 1 => 960, 2 => 1920, _ => 2880 },
        < 16 => (config & 1) == 0 ? 480 : 960,
        _ => (config & 3) switch { 0 => 120, 1 => 240, 2 => 480, _ => 960 },
    };
}
