using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using YouTubeDownloader.Assembling;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Media;
using YouTubeDownloader.Media.OnePass;
using YouTubeDownloader.Sources;
using YouTubeDownloader.Testing;
using YouTubeDownloader.Testing.Media;
using YouTubeDownloader.Tests.Media;
using YouTubeDownloader.Transfer;

namespace YouTubeDownloader.Tests.Transfer;

/// <summary>The one-pass transfer and commit on their own, against a local media server and Azurite.</summary>
public sealed class OnePassTransferTests
{
    [Fact]
    public async Task A_piece_missing_its_table_entry_or_its_block_is_fetched_again_and_assembling_twice_gives_the_same_file()
    {
        var pair = await MuxFixtures.GetAsync(MuxShapes.ManyFragments);
        var bytes = await File.ReadAllBytesAsync(pair.Video);
        await using var media = await LocalMediaServer.StartAsync();
        media.Add("video", MediaContent.FromBytes(bytes));
        using var http = new HttpClient();
        var source = new HttpRangeSource(http, media.UriOf("video"), bytes.Length);
        var container = new BlobServiceClient((await AzuriteServer.Shared).ConnectionString).GetBlobContainerClient($"onepass-{Guid.NewGuid():N}");
        await container.CreateAsync();
        var file = container.GetBlockBlobClient("media.mp4");
        var table = container.GetBlockBlobClient("table-0");
        var options = new TransferOptions { SegmentSizeBytes = 64 * 1024, MaxParallelSegments = 1, MaxAttemptsPerSegment = 2, RetryDelay = TimeSpan.FromMilliseconds(10) };
        var transfer = new OnePassTransfer(new RangeFetcher(Options.Create(options), SegmentBufferPool.For(options), NullLogger<RangeFetcher>.Instance), NullLogger<OnePassTransfer>.Instance);
        var head = (await transfer.ReadHeadAsync(source, CancellationToken.None))!;
        var windows = transfer.Windows(head);
        var pieces = StreamPieces.Cut(head, windows);
        pieces.Should().HaveCountGreaterThan(4);

        // First attempt (the head was read above): two pieces, then the source fails.
        media.Script("video", new MediaFault.Pass(), new MediaFault.Pass(), new MediaFault.Status(500), new MediaFault.Status(500));
        var first = () => transfer.RunAsync(source, head, windows, MediaStreamKind.Video, file, table, new Progress<long>(), CancellationToken.None);
        (await first.Should().ThrowAsync<DownloadFailedException>()).Which.IsRetryable.Should().BeTrue();

        // Piece 2 has a (wrong) media block but no table entry; piece 3 a (wrong) table entry but no media block.
        await RangeFetcher.StageAsync(file, OnePassBlockIds.Media(MediaStreamKind.Video, pieces[2].Index), new byte[] { 1, 2, 3 }, CancellationToken.None);
        await RangeFetcher.StageAsync(table, OnePassBlockIds.TablePiece(pieces[3].Index), new byte[] { 4, 5, 6 }, CancellationToken.None);
        media.ClearLog();
        await transfer.RunAsync(source, head, windows, MediaStreamKind.Video, file, table, new Progress<long>(), CancellationToken.None);

        // In any order: a range's fetch starts while the one before it is staged.
        media.Requests.Where(r => r.Start > 0).Select(r => r.Start).Should().BeEquivalentTo(
            pieces.Skip(2).Select(p => p.Offset), "pieces 0 and 1 were staged whole (the failure did not cancel their staging); 2 and 3 each miss half");
        var length = await OnePassCommit.RunAsync([new OnePassStream(table, bytes.Length, MediaStreamKind.Video)], file, "video/mp4", FileTags.None, [], CancellationToken.None);
        var output = Path.Combine(MuxFixtures.Directory, $"onepass-transfer-{Guid.NewGuid():N}.mp4");
        await file.DownloadToAsync(output);
        new FileInfo(output).Length.Should().Be(length);
        await MuxOracle.AssertJoinedAsync([pair.Video], output);

        var again = await OnePassCommit.RunAsync([new OnePassStream(table, bytes.Length, MediaStreamKind.Video)], file, "video/mp4", FileTags.None, [], CancellationToken.None);
        again.Should().Be(length);
        (await file.DownloadContentAsync()).Value.Content.ToArray().Should().Equal(await File.ReadAllBytesAsync(output), "assembling twice gives the same file");
        (await table.ExistsAsync()).Value.Should().BeFalse("the table is deleted once the file is committed");
        await container.DeleteAsync();
    }
}
