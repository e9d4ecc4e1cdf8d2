using YouTubeDownloader.Media;
using YouTubeDownloader.Testing.Media;

namespace YouTubeDownloader.Tests.Media;

/// <summary>How the remuxer uses its streams: sparse ranged reads on the inputs, forward-only writes on the output.</summary>
public sealed class Mp4RemuxerReadPatternTests
{
    private const int SmallBuffer = 4096;

    [Fact]
    public async Task Header_pass_costs_about_one_ranged_read_per_fragment()
    {
        var pair = await MuxFixtures.GetAsync(MuxShapes.ManyFragments);
        var fileLength = new FileInfo(pair.Video).Length;
        var fragments = TopLevelBoxes.List(pair.Video).Count(b => b.Type == "moof");
        await using var input = new RangedReadStream(File.OpenRead(pair.Video), SmallBuffer);

        var track = await Mp4TrackReader.ReadAsync(input, CancellationToken.None);

        fragments.Should().BeGreaterThanOrEqualTo(10, "the shape is meant to have many fragments");
        track.Samples.Should().HaveCount(180);
        input.Requests.Should().BeLessThanOrEqualTo(fragments + 3, "one read for ftyp+moov+sidx, then one per 'moof'");
        input.FetchedBytes.Should().BeLessThan(fileLength / 4, "the media itself is not pulled while reading headers");
    }

    [Fact]
    public async Task Whole_join_pulls_each_input_about_once()
    {
        var pair = await MuxFixtures.GetAsync(MuxShapes.ManyFragments);
        const int buffer = 16 * 1024;
        await using var video = new RangedReadStream(File.OpenRead(pair.Video), buffer);
        await using var audio = new RangedReadStream(File.OpenRead(pair.Audio), buffer);

        await Mp4Remuxer.RemuxAsync([video, audio], new ForwardOnlyWriteStream(Stream.Null), CancellationToken.None);

        var fragments = TopLevelBoxes.List(pair.Video).Count(b => b.Type == "moof");
        video.FetchedBytes.Should().BeLessThan(video.Length * 3 / 2, "headers first, then the media once, in order");
        video.Requests.Should().BeLessThanOrEqualTo((int)(video.Length / buffer) + (2 * fragments) + 4);
    }

    [Fact]
    public async Task Output_is_written_forward_only_and_matches_a_seekable_target()
    {
        var pair = await MuxFixtures.GetAsync(MuxShapes.DashSidx);
        var forwardOnly = new MemoryStream();
        var seekable = new MemoryStream();

        long written;
        await using (var video = File.OpenRead(pair.Video))
        await using (var audio = File.OpenRead(pair.Audio))
        {
            written = await Mp4Remuxer.RemuxAsync([video, audio], new ForwardOnlyWriteStream(forwardOnly), CancellationToken.None);
        }

        await using (var video = File.OpenRead(pair.Video))
        await using (var audio = File.OpenRead(pair.Audio))
        {
            await Mp4Remuxer.RemuxAsync([video, audio], seekable, CancellationToken.None);
        }

        written.Should().Be(forwardOnly.Length);
        forwardOnly.ToArray().Should().Equal(seekable.ToArray());
    }

    [Fact]
    public async Task Non_seekable_input_is_refused()
    {
        var pair = await MuxFixtures.GetAsync(MuxShapes.DashSidx);
        var bytes = await File.ReadAllBytesAsync(pair.Video);

        var act = () => Mp4Remuxer.RemuxAsync([new ForwardOnlyReadStream(bytes)], Stream.Null, CancellationToken.None);

        await act.Should().ThrowAsync<ArgumentException>();
    }
}
