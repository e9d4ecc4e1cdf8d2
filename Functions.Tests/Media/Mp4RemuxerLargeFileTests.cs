using System.Buffers.Binary;
using System.Text;
using YouTubeDownloader.Media;
using YouTubeDownloader.Testing.Media;

namespace YouTubeDownloader.Tests.Media;

/// <summary>Outputs past 4 GiB: 64-bit chunk offsets ('co64', 8.7.5) and a 64-bit 'mdat' size (4.2).</summary>
public sealed class Mp4RemuxerLargeFileTests
{
    private const int SampleCount = 4500;
    private const uint SampleSize = 1_000_000; // 4.5 GB of media in all

    [Fact]
    public async Task Output_past_4_GiB_uses_co64_and_a_largesize_mdat()
    {
        var input = await SyntheticFragmentedInputAsync();
        var output = new HeadCaptureStream(keep: 1 << 20);

        var written = await Mp4Remuxer.RemuxAsync([input], new ForwardOnlyWriteStream(output), CancellationToken.None);

        var head = output.Head;
        var moov = TopLevelBoxes.Find(head, "moov");
        var mdat = moov + (int)BinaryPrimitives.ReadUInt32BigEndian(head.AsSpan(moov));
        TopLevelBoxes.Find(head, "moov/trak/mdia/minf/stbl/stco").Should().Be(-1, "32-bit offsets cannot reach past 4 GiB");
        var co64 = TopLevelBoxes.Find(head, "moov/trak/mdia/minf/stbl/co64");
        co64.Should().BePositive();
        var chunks = (int)BinaryPrimitives.ReadUInt32BigEndian(head.AsSpan(co64 + 12));
        var lastChunk = (long)BinaryPrimitives.ReadUInt64BigEndian(head.AsSpan(co64 + 16 + ((chunks - 1) * 8)));
        lastChunk.Should().BeGreaterThan(uint.MaxValue);

        Encoding.ASCII.GetString(head, mdat + 4, 4).Should().Be("mdat");
        BinaryPrimitives.ReadUInt32BigEndian(head.AsSpan(mdat)).Should().Be(1u, "size 1 announces a largesize");
        var mdatSize = (long)BinaryPrimitives.ReadUInt64BigEndian(head.AsSpan(mdat + 8));
        (mdat + mdatSize).Should().Be(written, "the mdat runs to the end of the file");
        mdatSize.Should().Be(16 + ((long)SampleCount * SampleSize));
        BinaryPrimitives.ReadUInt64BigEndian(head.AsSpan(co64 + 16)).Should().Be((ulong)(mdat + 16), "the first chunk starts right after the mdat header");
        output.Total.Should().Be(written);
    }

    /// <summary>A real init segment (ftyp+moov of a DASH audio file), one hand-built 'moof' and a 4.5 GB 'mdat' of zeros.</summary>
    private static async Task<Stream> SyntheticFragmentedInputAsync()
    {
        var audio = await File.ReadAllBytesAsync((await MuxFixtures.GetAsync(MuxShapes.DashSidx)).Audio);
        var moovBox = TopLevelBoxes.List((await MuxFixtures.GetAsync(MuxShapes.DashSidx)).Audio).Single(b => b.Type == "moov");
        var init = audio[..(int)(moovBox.Offset + moovBox.Size)];
        var trackId = BinaryPrimitives.ReadUInt32BigEndian(init.AsSpan(TopLevelBoxes.Find(init, "moov/trak/tkhd") + 20));

        const int moofSize = 8 + 16 + 8 + 28 + 20;
        var prefix = new List<byte>(init);
        Box(prefix, "moof", moofSize);
        Box(prefix, "mfhd", 16, 0, 1);
        Box(prefix, "traf", 8 + 28 + 20);
        Box(prefix, "tfhd", 28, 0x02_0038, trackId, 1024, SampleSize, 0); // default-base-is-moof, duration, size, flags
        Box(prefix, "trun", 20, 0x00_0001, SampleCount, moofSize + 16); // data offset: past the moof and the mdat header
        Box(prefix, "mdat", 1);
        prefix.AddRange(BitConverter.IsLittleEndian ? BitConverter.GetBytes(16 + ((long)SampleCount * SampleSize)).Reverse() : []);
        return new ZeroTailStream([.. prefix], prefix.Count + ((long)SampleCount * SampleSize));
    }

    private static void Box(List<byte> bytes, string type, uint size, params uint[] fields)
    {
        foreach (var value in (uint[])[size, BinaryPrimitives.ReadUInt32BigEndian(Encoding.ASCII.GetBytes(type)), .. fields])
        {
            var word = new byte[4];
            BinaryPrimitives.WriteUInt32BigEndian(word, value);
            bytes.AddRange(word);
        }
    }
}
