using System.Buffers.Binary;
using System.Text;
using YouTubeDownloader.Media.Ogg;
using YouTubeDownloader.Testing.Media;

namespace YouTubeDownloader.Tests.Media.Ogg;

public sealed class OggCrcTests
{
    [Fact]
    public void The_check_value_is_that_of_crc32_with_0x04C11DB7_msb_first_init_0_no_final_xor()
    {
        // CRC-32/CKSUM's check value is 0x765E7680 with a final XOR of all ones; without it, 0x89A1897F.
        OggCrc.Compute(Encoding.ASCII.GetBytes("123456789")).Should().Be(0x89A1897Fu);
        OggCrc.Compute([]).Should().Be(0u);
    }

    [Fact]
    public async Task It_matches_every_page_checksum_of_an_ogg_file_ffmpeg_wrote()
    {
        var ogg = Path.Combine(OpusFixtures.Directory, "ffmpeg-crc.ogg");
        await ExternalTool.FfmpegAsync($"-i {await OpusFixtures.StereoAsync()} -c copy -f ogg {ogg}");
        var bytes = await File.ReadAllBytesAsync(ogg);

        var pages = 0;
        for (var at = 0; at < bytes.Length; pages++)
        {
            bytes.AsSpan(at, 4).SequenceEqual("OggS"u8).Should().BeTrue();
            var segments = bytes[at + 26];
            var length = 27 + segments + bytes.AsSpan(at + 27, segments).ToArray().Sum(b => b);
            var page = bytes.AsSpan(at, length).ToArray();
            var stored = BinaryPrimitives.ReadUInt32LittleEndian(page.AsSpan(22));
            page.AsSpan(22, 4).Clear();
            OggCrc.Compute(page).Should().Be(stored, $"page {pages}");
            at += length;
        }

        pages.Should().BeGreaterThan(2);
    }
}
