using YouTubeDownloader.Media;
using YouTubeDownloader.Testing.FakeYouTube;
using YouTubeDownloader.Testing.Media;

namespace YouTubeDownloader.Tests.Media;

/// <summary>The WebM to Ogg Opus rewrap with ffmpeg as the oracle: the same PCM as ffmpeg's own decode of the source, bit for bit, and the tags and cover in ffprobe.</summary>
public sealed class OggOpusRemuxerOracleTests
{
    private static readonly FileTags Tags = new(
        "Título 日本語 🎵", "Fixture Channel", "https://www.youtube.com/watch?v=OwnNormal01", "2024-03-05", CoverImage.From(FakeThumbnail.Jpeg("OwnNormal01")))
    {
        Chapters = [new Chapter(0, 1500, "Intro"), new Chapter(1500, 3300, "Main")],
    };

    [Theory]
    [InlineData("stereo")]
    [InlineData("mono")]
    public async Task The_ogg_decodes_to_the_same_samples_as_the_webm(string shape)
    {
        var source = shape == "stereo" ? await OpusFixtures.StereoAsync() : await OpusFixtures.MonoAsync();
        var output = Path.Combine(OpusFixtures.Directory, $"{shape}.opus");

        var written = await RewrapAsync(source, output, Tags);

        written.Should().Be(new FileInfo(output).Length);
        (await MediaProbe.DecodeErrorsAsync(output)).Should().BeEmpty();
        var expected = await MediaProbe.PcmAsync(source);
        var actual = await MediaProbe.PcmAsync(output);
        actual.Length.Should().Be(expected.Length, "the pre-skip and the end trimming give the same sample count");
        actual.AsSpan().SequenceEqual(expected).Should().BeTrue("the packets are the source's, decoded by the same decoder");
    }

    [Fact]
    public async Task The_ogg_carries_its_tags_chapters_and_cover()
    {
        var output = Path.Combine(OpusFixtures.Directory, "tagged.opus");

        await RewrapAsync(await OpusFixtures.StereoAsync(), output, Tags);

        var streams = await MediaProbe.StreamsAsync(output);
        streams.Select(s => (s.Type, s.Codec)).Should().Equal(("audio", "opus"));
        var tags = await MediaProbe.StreamTagsAsync(output);
        tags.Should().Contain("TITLE", Tags.Title!).And.Contain("ARTIST", Tags.Artist!).And.Contain("COMMENT", Tags.Comment!).And.Contain("DATE", Tags.Day!);
        (await MediaProbe.TagsAsync(output)).AttachedPictures.Should().Equal("mjpeg");
        (await MediaProbe.ChaptersAsync(output)).Select(c => (c.Start, c.Title)).Should().Equal((0.0, "Intro"), (1.5, "Main"));
    }

    private static async Task<long> RewrapAsync(string source, string output, FileTags tags)
    {
        await using var input = File.OpenRead(source);
        await using var file = File.Create(output);
        return await OggOpusRemuxer.RunAsync(input, file, tags, CancellationToken.None);
    }
}
