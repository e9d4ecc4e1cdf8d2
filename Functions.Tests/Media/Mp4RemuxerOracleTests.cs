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

    [Theory]
    [InlineData("audio", "M4A ")]
    [InlineData("video", "isom")]
    public async Task Single_track_input_becomes_a_progressive_file(string track, string majorBrand)
    {
        var pair = await MuxFixtures.GetAsync(MuxShapes.DashSidx);
        var input = track == "audio" ? pair.Audio : pair.Video;
        var output = Path.Combine(MuxFixtures.Directory, $"{track}_only.{(track == "audio" ? "m4a" : "mp4")}");

        await MuxRunner.RemuxFilesAsync([input], output);

        await MuxOracle.AssertJoinedAsync([input], output);
        var ftyp = File.ReadAllBytes(output).AsSpan(8, 4).ToArray();
        System.Text.Encoding.ASCII.GetString(ftyp).Should().Be(majorBrand, "an audio-only download is branded as .m4a");
    }
}
