using System.Buffers.Binary;
using System.Text;
using YouTubeDownloader.Testing.Media;

namespace YouTubeDownloader.Tests.Media;

/// <summary>Hand-broken inputs, each built from a good DASH file byte by byte: every one is a clean error.</summary>
public sealed class Mp4RemuxerMalformedInputTests
{
    [Fact]
    public async Task Truncated_moof_is_a_clean_error()
    {
        var file = await GoodVideoAsync();
        var moof = TopLevelBoxes.Find(file, "moof");

        await ShouldFailAsync<EndOfStreamException>(file[..(moof + 40)]);
    }

    [Fact]
    public async Task Truncated_moov_is_a_clean_error()
    {
        var file = await GoodVideoAsync();

        await ShouldFailAsync<EndOfStreamException>(file[..(TopLevelBoxes.Find(file, "moov") + 100)]);
    }

    [Fact]
    public async Task Child_box_larger_than_its_parent_is_malformed()
    {
        await ShouldFailAsync<InvalidDataException>(await VideoWithFieldAsync("moof/traf/trun", 0, 0x00FF_FFFF));
    }

    [Theory]
    [InlineData(0u)]
    [InlineData(4u)]
    public async Task Child_box_with_size_below_its_header_is_malformed(uint size)
    {
        await ShouldFailAsync<InvalidDataException>(await VideoWithFieldAsync("moof/traf/tfhd", 0, size));
    }

    [Fact]
    public async Task Top_level_box_with_size_below_its_header_is_malformed()
    {
        await ShouldFailAsync<InvalidDataException>(await VideoWithFieldAsync("moof", 0, 3));
    }

    [Fact]
    public async Task Moof_pointing_outside_the_file_is_malformed()
    {
        // data_offset follows size, type, version/flags and sample_count.
        await ShouldFailAsync<InvalidDataException>(await VideoWithFieldAsync("moof/traf/trun", 16, 0x7FFF_0000));
    }

    [Fact]
    public async Task Lying_sample_count_is_malformed_without_a_large_allocation()
    {
        await ShouldFailAsync<InvalidDataException>(await VideoWithFieldAsync("moof/traf/trun", 12, uint.MaxValue));
    }

    [Fact]
    public async Task Sidx_reaching_past_the_end_reads_as_truncation()
    {
        var file = await GoodVideoAsync();
        var sidx = TopLevelBoxes.Find(file, "sidx");
        var firstReference = sidx + 8 + 4 + 8 + (file[sidx + 8] == 1 ? 16 : 8) + 4;
        WriteUInt32(file, firstReference, 0x7FFF_FFFF);

        await ShouldFailAsync<EndOfStreamException>(file);
    }

    [Fact]
    public async Task Missing_moov_is_malformed()
    {
        var file = await GoodVideoAsync();
        Encoding.ASCII.GetBytes("free").CopyTo(file, TopLevelBoxes.Find(file, "moov") + 4);

        await ShouldFailAsync<InvalidDataException>(file);
    }

    [Fact]
    public async Task Empty_input_is_malformed()
    {
        await ShouldFailAsync<InvalidDataException>([]);
    }

    [Fact]
    public async Task Huge_largesize_is_a_clean_error()
    {
        var file = await GoodVideoAsync();
        var moof = TopLevelBoxes.Find(file, "moof");
        WriteUInt32(file, moof, 1);
        BinaryPrimitives.WriteUInt64BigEndian(file.AsSpan(moof + 8), ulong.MaxValue);

        await ShouldFailAsync<EndOfStreamException>(file);
    }

    private static async Task<byte[]> GoodVideoAsync() => await File.ReadAllBytesAsync((await MuxFixtures.GetAsync(MuxShapes.DashSidx)).Video);

    /// <summary>The good DASH video with one 32-bit field overwritten: <paramref name="path"/> names the box, <paramref name="field"/> the offset in it.</summary>
    private static async Task<byte[]> VideoWithFieldAsync(string path, int field, uint value)
    {
        var file = await GoodVideoAsync();
        WriteUInt32(file, TopLevelBoxes.Find(file, path) + field, value);
        return file;
    }

    private static void WriteUInt32(byte[] file, int offset, uint value)
    {
        offset.Should().BeGreaterThanOrEqualTo(0, "the box to break must exist in the fixture");
        BinaryPrimitives.WriteUInt32BigEndian(file.AsSpan(offset), value);
    }

    private static async Task ShouldFailAsync<TException>(byte[] file)
        where TException : Exception
    {
        var act = () => MuxRunner.RemuxBytesAsync(file);
        (await act.Should().ThrowAsync<TException>()).Which.GetType().Should().Be<TException>();
    }
}
