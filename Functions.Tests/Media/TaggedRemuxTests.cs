using YouTubeDownloader.Media;
using YouTubeDownloader.Testing.FakeYouTube;
using YouTubeDownloader.Testing.Media;

namespace YouTubeDownloader.Tests.Media;

/// <summary>The two-step remuxer writing tags: ffprobe reads them and the cover, and no sample changes.</summary>
public sealed class TaggedRemuxTests
{
    private static readonly FileTags Tags = new(
        "Título 日本語 🎵", "Fixture Channel", "https://www.youtube.com/watch?v=OwnNormal01", "2024-03-05", CoverImage.From(FakeThumbnail.Jpeg("OwnNormal01")));

    [Theory]
    [InlineData("dash_sidx")]
    [InlineData("progressive_faststart")]
    public async Task A_joined_file_shows_its_tags_and_cover_in_ffprobe_and_keeps_every_packet(string shapeName)
    {
        var pair = await MuxFixtures.GetAsync(MuxShapes.All.Single(s => s.Name == shapeName));
        var output = Path.Combine(MuxFixtures.Directory, $"{shapeName}.tagged.mp4");

        await RemuxAsync([pair.Video, pair.Audio], output, Tags);

        await MuxOracle.AssertJoinedAsync([pair.Video, pair.Audio], output);
        await AssertTaggedAsync(output, "mjpeg");
    }

    [Fact]
    public async Task An_m4a_carries_the_same_tags_and_a_png_cover()
    {
        var pair = await MuxFixtures.GetAsync(MuxShapes.DashSidx);
        var png = await PngAsync();
        var output = Path.Combine(MuxFixtures.Directory, "tags-audio.m4a");

        await RemuxAsync([pair.Audio], output, Tags with { Cover = CoverImage.From(png) });

        await MuxOracle.AssertJoinedAsync([pair.Audio], output);
        await AssertTaggedAsync(output, "png");
    }

    [Fact]
    public async Task Tags_change_only_the_moov_the_media_bytes_are_the_untagged_files()
    {
        var pair = await MuxFixtures.GetAsync(MuxShapes.ManyFragments);
        var plain = Path.Combine(MuxFixtures.Directory, "tags-untagged.mp4");
        var tagged = Path.Combine(MuxFixtures.Directory, "tags-tagged.mp4");

        await RemuxAsync([pair.Video, pair.Audio], plain, FileTags.None);
        await RemuxAsync([pair.Video, pair.Audio], tagged, Tags);

        var plainBoxes = TopLevelBoxes.List(plain);
        var taggedBoxes = TopLevelBoxes.List(tagged);
        taggedBoxes.Select(b => b.Type).Should().Equal(plainBoxes.Select(b => b.Type));
        var plainMdat = plainBoxes.Single(b => b.Type == "mdat");
        var taggedMdat = taggedBoxes.Single(b => b.Type == "mdat");
        taggedMdat.Size.Should().Be(plainMdat.Size);
        File.ReadAllBytes(tagged).AsSpan((int)taggedMdat.Offset).SequenceEqual(File.ReadAllBytes(plain).AsSpan((int)plainMdat.Offset))
            .Should().BeTrue("the tags sit in the 'moov' and move the media without changing a byte of it");
        (await MediaProbe.TagsAsync(plain)).AttachedPictures.Should().BeEmpty();
        (await MediaProbe.TagsAsync(plain)).Format.Should().NotContainKeys("title", "artist", "comment", "date");
    }

    private static async Task AssertTaggedAsync(string file, string pictureCodec)
    {
        var probed = await MediaProbe.TagsAsync(file);
        probed.Format.Should().Contain("title", Tags.Title!).And.Contain("artist", Tags.Artist!)
            .And.Contain("comment", Tags.Comment!).And.Contain("date", Tags.Day!);
        probed.AttachedPictures.Should().Equal([pictureCodec], "the cover is a video stream with disposition attached_pic");
    }

    private static async Task RemuxAsync(IReadOnlyList<string> inputs, string output, FileTags tags)
    {
        var streams = inputs.Select(path => (Stream)File.OpenRead(path)).ToList();
        try
        {
            await using var target = File.Create(output);
            var written = await Mp4Remuxer.RemuxAsync(streams, target, tags, CancellationToken.None);
            written.Should().Be(target.Length);
        }
        finally
        {
            foreach (var stream in streams)
            {
                await stream.DisposeAsync();
            }
        }
    }

    /// <summary>A small real PNG, made by ffmpeg once per run.</summary>
    private static async Task<byte[]> PngAsync()
    {
        var path = Path.Combine(MuxFixtures.Directory, "tags-cover.png");
        await ExternalTool.RunAsync("ffmpeg", ["-v", "error", "-y", "-f", "lavfi", "-i", "color=blue:s=16x16", "-frames:v", "1", path]);
        return await File.ReadAllBytesAsync(path);
    }
}
