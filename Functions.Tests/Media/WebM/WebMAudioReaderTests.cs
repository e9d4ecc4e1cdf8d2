using System.Globalization;
using YouTubeDownloader.Media.WebM;
using YouTubeDownloader.Testing.Media;

namespace YouTubeDownloader.Tests.Media.WebM;

public sealed class WebMAudioReaderTests
{
    [Theory]
    [InlineData(new byte[] { 0x81 }, 1L, 1)]
    [InlineData(new byte[] { 0x40, 0x01 }, 1L, 2)]
    [InlineData(new byte[] { 0x20, 0x00, 0x05 }, 5L, 3)]
    [InlineData(new byte[] { 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00 }, 256L, 8)]
    [InlineData(new byte[] { 0xFF }, null, 1)] // all ones: unknown
    [InlineData(new byte[] { 0x01, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF }, null, 8)]
    public void Sizes_drop_their_marker_and_all_ones_is_unknown(byte[] bytes, long? size, int length)
    {
        EbmlVarInt.ReadSize(bytes, out var read).Should().Be(size);
        read.Should().Be(length);
    }

    [Fact]
    public void Ids_keep_their_marker_and_a_zero_byte_starts_nothing()
    {
        EbmlVarInt.ReadId([0x1A, 0x45, 0xDF, 0xA3], out var length).Should().Be(MatroskaIds.Ebml);
        length.Should().Be(4);
        EbmlVarInt.ReadId([0xA3], out _).Should().Be(MatroskaIds.SimpleBlock);
        FluentActions.Invoking(() => EbmlVarInt.ReadSize([0x00, 0x01], out _)).Should().Throw<InvalidDataException>();
        FluentActions.Invoking(() => EbmlVarInt.ReadSize([0x40], out _)).Should().Throw<EndOfStreamException>();
    }

    [Theory]
    [InlineData(0b000, new[] { 5 })]
    [InlineData(0b010, new[] { 300, 2, 7 })] // Xiph
    [InlineData(0b110, new[] { 300, 2, 7 })] // EBML
    [InlineData(0b100, new[] { 4, 4, 4 })] // fixed
    public void A_block_gives_its_frames_unlaced(int lacingFlags, int[] sizes)
    {
        var frames = sizes.Select((s, i) => Enumerable.Repeat((byte)(i + 1), s).ToArray()).ToList();
        var block = new List<byte> { 0x81, 0x00, 0x10, (byte)(0x80 | lacingFlags) };
        if (lacingFlags != 0)
        {
            block.Add((byte)(sizes.Length - 1));
        }

        switch (lacingFlags)
        {
            case 0b010:
                foreach (var size in sizes[..^1])
                {
                    block.AddRange(Enumerable.Repeat((byte)255, size / 255));
                    block.Add((byte)(size % 255));
                }

                break;
            case 0b110:
                block.AddRange([0x41, 0x2C]); // 300 as a 2-byte size
                block.AddRange(SignedTwoBytes(2 - 300));
                break;
        }

        foreach (var frame in frames)
        {
            block.AddRange(frame);
        }

        var parsed = WebMAudioReader.ParseBlock(block.ToArray(), 1)!;

        parsed.Select(f => f.ToArray()).Should().BeEquivalentTo(frames, o => o.WithStrictOrdering());
        WebMAudioReader.ParseBlock(block.ToArray(), 2).Should().BeNull("the block belongs to track 1");
    }

    [Fact]
    public async Task Ffmpegs_webm_opus_gives_its_track_and_every_packet_ffprobe_counts()
    {
        var source = await OpusFixtures.MonoAsync();
        await using var input = File.OpenRead(source);
        var reader = new WebMAudioReader(input);

        var track = await reader.ReadTrackAsync("A_OPUS", CancellationToken.None);
        var blocks = new List<WebMBlock>();
        await foreach (var block in reader.ReadBlocksAsync(track, CancellationToken.None))
        {
            blocks.Add(block);
        }

        track.Channels.Should().Be(1);
        track.CodecPrivate.AsSpan().StartsWith("OpusHead"u8).Should().BeTrue();
        track.CodecDelayNs.Should().BeGreaterThan(0);
        var (count, _) = await ExternalTool.RunAsync(
            "ffprobe", ["-v", "error", "-select_streams", "a:0", "-count_packets", "-show_entries", "stream=nb_read_packets", "-of", "csv=p=0", source]);
        blocks.Sum(b => b.Frames.Count).Should().Be(int.Parse(count.Trim(), CultureInfo.InvariantCulture));
        blocks[^1].DiscardPaddingNs.Should().BeGreaterThan(0, "7.05 s is no whole number of 20 ms frames");
    }

    [Fact]
    public async Task A_segment_and_clusters_of_unknown_size_are_read_to_the_end()
    {
        byte[] webm =
        [
            0x1A, 0x45, 0xDF, 0xA3, 0x87, 0x42, 0x82, 0x84, (byte)'w', (byte)'e', (byte)'b', (byte)'m',
            0x18, 0x53, 0x80, 0x67, 0x01, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, // Segment, unknown size
            0x16, 0x54, 0xAE, 0x6B, 0x8E, // Tracks (14)
            0xAE, 0x8C, 0xD7, 0x81, 0x01, 0x83, 0x81, 0x02, 0x86, 0x84, (byte)'A', (byte)'_', (byte)'X', (byte)'Y',
            0x1F, 0x43, 0xB6, 0x75, 0xFF, // Cluster, unknown size
            0xE7, 0x81, 0x00,
            0xA3, 0x86, 0x81, 0x00, 0x00, 0x80, 0xAA, 0xBB,
            0x1F, 0x43, 0xB6, 0x75, 0xFF, // the next Cluster ends the first
            0xA0, 0x8B, 0xA1, 0x85, 0x81, 0x00, 0x14, 0x00, 0xCC, 0x75, 0xA2, 0x81, 0x05, // BlockGroup: Block + DiscardPadding
        ];
        var reader = new WebMAudioReader(new MemoryStream(webm));

        var track = await reader.ReadTrackAsync(null, CancellationToken.None);
        var blocks = new List<WebMBlock>();
        await foreach (var block in reader.ReadBlocksAsync(track, CancellationToken.None))
        {
            blocks.Add(block);
        }

        track.CodecId.Should().Be("A_XY");
        blocks.Select(b => b.Frames.Single().ToArray()).Should().BeEquivalentTo(new[] { new byte[] { 0xAA, 0xBB }, [0xCC] }, o => o.WithStrictOrdering());
        blocks.Select(b => b.DiscardPaddingNs).Should().Equal(0, 5);
    }

    [Fact]
    public async Task What_is_no_webm_is_invalid_data()
    {
        var reader = new WebMAudioReader(new MemoryStream(new byte[100]));

        await FluentActions.Awaiting(() => reader.ReadTrackAsync("A_OPUS", CancellationToken.None)).Should().ThrowAsync<InvalidDataException>();
    }

    private static byte[] SignedTwoBytes(int difference)
    {
        // A signed EBML lace size of 2 bytes: the value plus 2^13 - 1, with the 2-byte marker.
        var raw = difference + ((1 << 13) - 1);
        return [(byte)(0x40 | (raw >> 8)), (byte)raw];
    }
}
