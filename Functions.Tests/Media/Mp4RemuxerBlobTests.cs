using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using YouTubeDownloader.Media;
using YouTubeDownloader.Testing;
using YouTubeDownloader.Testing.Media;

namespace YouTubeDownloader.Tests.Media;

/// <summary>The way the workflow calls the remuxer: blob read streams in (ranged GETs), a blob upload stream out.</summary>
public sealed class Mp4RemuxerBlobTests
{
    [Fact]
    public async Task Blob_streams_in_and_upload_stream_out_give_the_same_file()
    {
        var pair = await MuxFixtures.GetAsync(MuxShapes.ManyFragments);
        var azurite = await AzuriteServer.Shared;
        var container = new BlobContainerClient(azurite.ConnectionString, $"mux-{Guid.NewGuid():N}");
        await container.CreateAsync();
        var video = container.GetBlobClient("video.mp4");
        var audio = container.GetBlobClient("audio.m4a");
        await video.UploadAsync(pair.Video);
        await audio.UploadAsync(pair.Audio);
        var readOptions = new BlobOpenReadOptions(allowModifications: false) { BufferSize = Mp4Remuxer.RecommendedReadBufferSize };

        long written;
        await using (var videoStream = await video.OpenReadAsync(readOptions))
        await using (var audioStream = await audio.OpenReadAsync(readOptions))
        await using (var upload = await container.GetBlobClient("joined.mp4").OpenWriteAsync(overwrite: true))
        {
            written = await Mp4Remuxer.RemuxAsync([videoStream, audioStream], upload, CancellationToken.None);
        }

        var output = Path.Combine(MuxFixtures.Directory, "from_blobs.mp4");
        await container.GetBlobClient("joined.mp4").DownloadToAsync(output);
        new FileInfo(output).Length.Should().Be(written);
        var fromFiles = Path.Combine(MuxFixtures.Directory, "from_files.mp4");
        await MuxRunner.RemuxFilesAsync([pair.Video, pair.Audio], fromFiles);
        (await File.ReadAllBytesAsync(output)).Should().Equal(await File.ReadAllBytesAsync(fromFiles), "the streams do not change the result");
        await MuxOracle.AssertJoinedAsync([pair.Video, pair.Audio], output);
    }
}
