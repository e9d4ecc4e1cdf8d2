using System.Buffers.Binary;
using YouTubeDownloader.Media.Ogg;

namespace YouTubeDownloader.Tests.Media.Ogg;

public sealed class OggPageWriterTests
{
    private sealed record Page(byte Flags, long Granule, uint Serial, uint Sequence, byte[] Lacing, byte[] Body);

    [Fact]
    public async Task A_header_packet_bigger_than_a_page_spans_pages_flagged_as_continued_with_granule_0()
    {
        var packet = Enumerable.Range(0, 70_000).Select(i => (byte)i).ToArray();
        using var output = new MemoryStream();
        var writer = new OggPageWriter(output, 7);

        await writer.WriteHeaderPacketAsync(new byte[19], CancellationToken.None);
        await writer.WriteHeaderPacketAsync(packet, CancellationToken.None);
        await writer.WriteAudioPacketAsync(new byte[10], 960, CancellationToken.None);
        await writer.FinishAsync(900, CancellationToken.None);

        var pages = Read(output.ToArray());
        pages.Select(p => p.Flags).Should().Equal(0x02, 0x00, 0x01, 0x04);
        pages.Select(p => p.Sequence).Should().Equal(0u, 1u, 2u, 3u);
        pages.Should().OnlyContain(p => p.Serial == 7);
        pages.Take(3).Should().OnlyContain(p => p.Granule == 0);
        pages[1].Lacing.Should().HaveCount(255).And.OnlyContain(b => b == 255, "a full page of 255-byte segments continues on the next");
        pages[2].Lacing[^1].Should().BeLessThan(255, "the packet ends on the second page");
        pages[1].Body.Concat(pages[2].Body).Should().Equal(packet);
        pages[3].Granule.Should().Be(900, "the last page's granule trims the end");
        writer.Length.Should().Be(output.Length);
    }

    [Fact]
    public async Task Audio_packets_share_pages_each_page_granule_is_that_after_its_last_packet()
    {
        using var output = new MemoryStream();
        var writer = new OggPageWriter(output, 1);
        await writer.WriteHeaderPacketAsync(new byte[19], CancellationToken.None);

        long granule = 312;
        for (var i = 0; i < 30; i++)
        {
            granule += 960;
            await writer.WriteAudioPacketAsync(new byte[i == 0 ? 255 : 300], granule, CancellationToken.None);
        }

        await writer.FinishAsync(granule, CancellationToken.None);

        var pages = Read(output.ToArray()).Skip(1).ToList();
        pages.Should().HaveCountGreaterThan(1);
        pages.Should().OnlyContain(p => p.Body.Length <= OggPageWriter.TargetPageBytes);
        pages[0].Lacing.Take(2).Should().Equal([255, 0], "a packet of exactly 255 bytes ends with a zero-length segment");
        var packetsSoFar = 0;
        foreach (var page in pages)
        {
            packetsSoFar += page.Lacing.Count(b => b < 255);
            page.Granule.Should().Be(312 + (960L * packetsSoFar));
        }

        packetsSoFar.Should().Be(30);
        pages[^1].Flags.Should().Be(0x04);
    }

    [Fact]
    public async Task A_stream_without_audio_is_refused()
    {
        var writer = new OggPageWriter(new MemoryStream(), 1);
        await writer.WriteHeaderPacketAsync(new byte[19], CancellationToken.None);

        await FluentActions.Awaiting(() => writer.FinishAsync(0, CancellationToken.None)).Should().ThrowAsync<InvalidDataException>();
    }

    private static List<Page> Read(byte[] bytes)
    {
        var pages = new List<Page>();
        for (var at = 0; at < bytes.Length;)
        {
            bytes.AsSpan(at, 4).SequenceEqual("OggS"u8).Should().BeTrue();
            var count = bytes[at + 26];
            var lacing = bytes.AsSpan(at + 27, count).ToArray();
            var bodyLength = lacing.Sum(b => b);
            var page = bytes.AsSpan(at, 27 + count + bodyLength).ToArray();
            var stored = BinaryPrimitives.ReadUInt32LittleEndian(page.AsSpan(22));
            page.AsSpan(22, 4).Clear();
            OggCrc.Compute(page).Should().Be(stored);
            pages.Add(new Page(
                bytes[at + 5],
                BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(at + 6)),
                BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at + 14)),
                BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at + 18)),
                lacing,
                bytes.AsSpan(at + 27 + count, bodyLength).ToArray()));
            at += page.Length;
        }

        return pages;
    }
}
