using YouTubeDownloader.Testing.Media;

namespace YouTubeDownloader.Tests.Media;

/// <summary>
/// Joins every NAME.video.mp4 + NAME.audio.m4a pair in $MUX_FIXTURES (when set) into $MUX_OUTPUT_DIR/NAME.mp4 and
/// checks each with the ffmpeg oracle, so real downloads can be checked the same way. Without $MUX_FIXTURES it joins
/// a DASH pair generated here, so the test never passes on nothing.
/// </summary>
public sealed class MuxFixtureTests
{
    [Fact]
    public async Task Every_fixture_pair_joins_into_a_file_ffmpeg_accepts()
    {
        var pairs = await FindPairsAsync();
        var outputDirectory = Environment.GetEnvironmentVariable("MUX_OUTPUT_DIR") is { Length: > 0 } dir
            ? Directory.CreateDirectory(dir).FullName
            : Directory.CreateTempSubdirectory("mux-output-").FullName;

        pairs.Should().NotBeEmpty("MUX_FIXTURES must hold at least one NAME.video.mp4 + NAME.audio.m4a pair");
        foreach (var pair in pairs)
        {
            var output = Path.Combine(outputDirectory, pair.Name + ".mp4");
            await MuxRunner.RemuxFilesAsync([pair.Video, pair.Audio], output);
            await MuxOracle.AssertJoinedAsync([pair.Video, pair.Audio], output);
        }
    }

    private static async Task<IReadOnlyList<MuxPair>> FindPairsAsync()
    {
        if (Environment.GetEnvironmentVariable("MUX_FIXTURES") is { Length: > 0 } fixtures)
        {
            return MuxPair.FindIn(fixtures);
        }

        var generated = Directory.CreateTempSubdirectory("mux-fixture-pairs-").FullName;
        await MuxFixtures.GenerateAsync(MuxShapes.DashSidx with { Name = "generated_dash" }, generated);
        return MuxPair.FindIn(generated);
    }
}
