using YouTubeDownloader.Media.Ogg;

namespace YouTubeDownloader.Tests.Media.Ogg;

/// <summary>RFC 6716 section 3.1: the TOC's configuration gives the frame size, its code (and for code 3 the next byte) the frame count.</summary>
public sealed class OpusPacketTests
{
    [Theory]
    [InlineData(new byte[] { 0 << 3 }, 480)] // SILK NB 10 ms
    [InlineData(new byte[] { 1 << 3 }, 960)] // SILK NB 20 ms
    [InlineData(new byte[] { 2 << 3 }, 1920)] // SILK NB 40 ms
    [InlineData(new byte[] { 11 << 3 }, 2880)] // SILK WB 60 ms
    [InlineData(new byte[] { 12 << 3 }, 480)] // Hybrid SWB 10 ms
    [InlineData(new byte[] { 15 << 3 }, 960)] // Hybrid FB 20 ms
    [InlineData(new byte[] { 16 << 3 }, 120)] // CELT NB 2.5 ms
    [InlineData(new byte[] { 29 << 3 }, 240)] // CELT FB 5 ms
    [InlineData(new byte[] { (31 << 3) | 1 }, 1920)] // CELT FB 20 ms, two frames of equal size
    [InlineData(new byte[] { (31 << 3) | 2, 5 }, 1920)] // two frames of different sizes
    [InlineData(new byte[] { (31 << 3) | 3, 3 }, 2880)] // code 3: three frames
    [InlineData(new byte[] { (16 << 3) | 3, 0x80 | 48 }, 5760)] // code 3, VBR flag set: 48 × 2.5 ms = 120 ms
    public void The_toc_gives_the_sample_count(byte[] packet, int samples) =>
        OpusPacket.SampleCount(packet).Should().Be(samples);

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { (31 << 3) | 3 })] // code 3 without its count byte
    [InlineData(new byte[] { (31 << 3) | 3, 7 })] // 140 ms, more than Opus allows
    [InlineData(new byte[] { (31 << 3) | 3, 0 })] // no frames
    public void A_packet_the_toc_cannot_count_is_invalid(byte[] packet) =>
        FluentActions.Invoking(() => OpusPacket.SampleCount(packet)).Should().Throw<InvalidDataException>();
}
