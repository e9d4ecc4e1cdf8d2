using System.Text;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;
using YouTubeDownloader.Assembling;
using YouTubeDownloader.Media;
using YouTubeDownloader.Testing;
using YouTubeDownloader.Testing.FakeYouTube;
using YouTubeDownloader.Testing.Media;
using YouTubeDownloader.Transfer;

namespace YouTubeDownloader.Tests.Assembling;

/// <summary>A muxed progressive file committed as sent, tagged in place: only the 'moov' and its blocks change.</summary>
public sealed class CommittedFileTaggerTests
{
    private const int BlockSize = 64 * 1024;

    private static readonly FileTags Tags = new(
        "Muxed 日本語", "Fixture Channel", "https://www.youtube.com/watch?v=OwnNormal01", "2024-03-05", CoverImage.From(FakeThumbnail.Jpeg("OwnNormal01")));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_moov_gains_the_tags_every_packet_stays_and_tagging_again_changes_nothing(bool faststart)
    {
        var input = await MuxFixtures.MuxedAsync(faststart);
        var file = await UploadInBlocksAsync(await File.ReadAllBytesAsync(input));

        var length = await CommittedFileTagger.RunAsync(file, "video/mp4", Tags, CancellationToken.None);

        var output = Path.Combine(MuxFixtures.Directory, $"tags-muxed-{faststart}-{Guid.NewGuid():N}.mp4");
        await file.DownloadToAsync(output);
        new FileInfo(output).Length.Should().Be(length);
        (await file.GetPropertiesAsync()).Value.ContentType.Should().Be("video/mp4");
        foreach (var stream in new[] { "v:0", "a:0" })
        {
            (await MediaProbe.PacketsAsync(output, stream)).Should().Equal(await MediaProbe.PacketsAsync(input, stream), $"every {stream} packet is where its new chunk offset says");
        }

        (await MediaProbe.DecodeErrorsAsync(output)).Should().BeEmpty();
        var tags = await MediaProbe.TagsAsync(output);
        tags.Format.Should().Contain("title", Tags.Title!).And.Contain("artist", Tags.Artist!).And.Contain("comment", Tags.Comment!).And.Contain("date", Tags.Day!);
        tags.AttachedPictures.Should().Equal(["mjpeg"]);
        (await file.GetBlockListAsync()).Value.CommittedBlocks.Count().Should().BeLessThanOrEqualTo(
            (int)Math.Ceiling(new FileInfo(input).Length / (double)BlockSize), "the blocks the 'moov' lay in became one; the rest stay");

        (await CommittedFileTagger.RunAsync(file, "video/mp4", Tags, CancellationToken.None)).Should().Be(length);
        (await file.DownloadContentAsync()).Value.Content.ToArray().Should().Equal(await File.ReadAllBytesAsync(output), "tagging twice gives the same file");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Text_tracks_are_added_with_their_samples_in_an_appended_mdat_and_tagging_again_keeps_one_of_each(bool faststart)
    {
        var input = await MuxFixtures.MuxedAsync(faststart);
        var file = await UploadInBlocksAsync(await File.ReadAllBytesAsync(input));
        TextTrack[] texts = [new("de", "Deutsch", [new TextCue(500, 1500, "Hallo"), new TextCue(2000, 3000, "Welt")])];

        var length = await CommittedFileTagger.RunAsync(file, "video/mp4", Tags, texts, CancellationToken.None);
        (await CommittedFileTagger.RunAsync(file, "video/mp4", Tags, texts, CancellationToken.None)).Should().Be(length, "a second run replaces its track and its block");

        var output = Path.Combine(MuxFixtures.Directory, $"text-muxed-{faststart}-{Guid.NewGuid():N}.mp4");
        await file.DownloadToAsync(output);
        new FileInfo(output).Length.Should().Be(length);
        (await MediaProbe.SubtitleStreamsAsync(output)).Should().Equal(("mov_text", "deu", "Deutsch"));
        (await MediaProbe.SubtitleCuesAsync(output, 0)).Where(c => c.Text.Length > 0).Should().Equal((0.5, 1.5, "Hallo"), (2.0, 3.0, "Welt"));
        foreach (var stream in new[] { "v:0", "a:0" })
        {
            (await MediaProbe.PacketsAsync(output, stream)).Should().Equal(await MediaProbe.PacketsAsync(input, stream));
        }

        TopLevelBoxes.List(output).Select(b => b.Type).Count(t => t == "mdat").Should().Be(2, "the stored 'mdat' and the text samples' own");
    }

    [Fact]
    public async Task Bytes_that_are_no_mp4_are_refused_and_left_as_they_are()
    {
        var bytes = MediaContent.Pattern(300_000, seed: 7).ToArray();
        var file = await UploadInBlocksAsync(bytes);

        var act = () => CommittedFileTagger.RunAsync(file, "video/mp4", Tags, CancellationToken.None);

        (await act.Should().ThrowAsync<Exception>()).Which.Should().Match<Exception>(e => e is InvalidDataException || e is EndOfStreamException);
        (await file.DownloadContentAsync()).Value.Content.ToArray().Should().Equal(bytes);
    }

    /// <summary>Commits the bytes as the segmented transfer does: blocks of a segment, ids of one width.</summary>
    private static async Task<BlockBlobClient> UploadInBlocksAsync(byte[] bytes)
    {
        var container = new BlobServiceClient((await AzuriteServer.Shared).ConnectionString).GetBlobContainerClient($"tagger-{Guid.NewGuid():N}");
        await container.CreateAsync();
        var file = container.GetBlockBlobClient("media.mp4");
        var ids = new List<string>();
        for (var offset = 0; offset < bytes.Length; offset += BlockSize)
        {
            var id = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{ids.Count:D8}-{BlockSize:D10}"));
            await RangeFetcher.StageAsync(file, id, new ArraySegment<byte>(bytes, offset, Math.Min(BlockSize, bytes.Length - offset)), CancellationToken.None);
            ids.Add(id);
        }

        await file.CommitBlockListAsync(ids);
        return file;
    }
}
