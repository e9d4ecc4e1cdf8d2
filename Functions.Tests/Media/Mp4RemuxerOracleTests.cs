using YouTubeDownloader.Testing.Media;

namespace YouTubeDownloader.Tests.Media;

/// <summary>Each input shape ffmpeg can produce is joined and checked by ffmpeg/ffprobe.</summary>
public sealed class Mp4RemuxerOracleTests
{
    public static TheoryData<string> Shapes => new(MuxShapes.All.Select(s => s.Name));

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task Joined_file_holds_every_input_packet_unchanged(string shapeName)
    {
        var pair = await MuxFixtures.GetAsync(MuxShapes.All.Single(s => s.Name == shapeName));
        var output = Path.Combine(MuxFixtures.Directory, $"{shapeName}.joined.mp4");

        var written = await MuxRunner.RemuxFilesAsync([pair.Video, pair.Audio], output);

        written.Should().Be(new FileInfo(output).Length);
        await MuxOracle.AssertJoinedAsync([pair.Video, pair.Audio], output);
    }

    [Fact]
    public async Task Audio_only_download_becomes_a_progressive_m4a()
    {
        var pair = await MuxFixtures.GetAsync(MuxShapes.DashSidx);
        var output = Path.Combine(MuxFixtures.Directory, "audio_only.m4a");

        await MuxRunner.RemuxFilesAsync([pair.Audio], output);

        await MuxOracle.AssertJoinedAsync([pair.Audio], output);
        var ftyp = File.ReadAllBytes(output).AsSpan(8, 4).ToArray();
        System.Text.Encoding.ASCII.GetString(ftyp).Should().Be("M4A ", "an audio-only file is branded as .m4a");
    }

    [Fact]
    public async Task Video_only_input_is_joined_alone()
    {
        var pair = await MuxFixtures.GetAsync(MuxShapes.DashSidx);
        var output = Path.Combine(MuxFixtures.Directory, "video_only.mp4");

        await MuxRunner.RemuxFilesAsync([pair.Video], output);

        await MuxOracle.AssertJoinedAsync([pair.Video], output);
    }
}
