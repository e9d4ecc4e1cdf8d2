using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Microsoft.Extensions.Logging;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Media;
using YouTubeDownloader.Storage;
using YouTubeDownloader.Transfer;

namespace YouTubeDownloader.Assembling;

/// <summary>
/// The ways staged streams become a download's file: a muxed stream stored as sent is tagged in place; streams
/// fetched straight into the file's blocks (one-pass) are committed behind a header built from their tables; staged
/// sources (two-step) are remuxed into the file and then deleted; a staged WebM Opus stream is rewrapped as Ogg Opus.
/// </summary>
public sealed class FileAssembler(DownloadBlobStore blobs, RemuxBlockWriter remuxWriter, ILogger<FileAssembler> logger)
{
    /// <summary>
    /// Best effort: a stream that is no MP4 this can rewrite is served untagged, as it was before tags existed, rather
    /// than failing a download that is whole.
    /// </summary>
    public async Task<long> TagInPlaceAsync(
        Guid taskId, string fileBlobName, string contentType, FileTags tags, IReadOnlyList<TextTrack> texts, CancellationToken cancellationToken)
    {
        var file = await blobs.GetBlockBlobAsync(fileBlobName);
        try
        {
            return await CommittedFileTagger.RunAsync(file, contentType, tags, texts, cancellationToken);
        }
        catch (Exception e) when (UnusableMedia.Is(e))
        {
            logger.LogWarning("Task {TaskId}: the stored stream is served untagged: {Reason}", taskId, e.Message);
            var properties = await file.GetPropertiesAsync(cancellationToken: cancellationToken);
            return properties.Value.ContentLength;
        }
    }

    /// <summary>The one-pass path: the media is already staged in the file's blob; the tables give its header and block order.</summary>
    public async Task<long> CommitOnePassAsync(
        string fileBlobName,
        string contentType,
        IReadOnlyList<AssemblySource> sources,
        FileTags tags,
        IReadOnlyList<TextTrack> texts,
        CancellationToken cancellationToken,
        MediaClip? clip = null)
    {
        var streams = new List<OnePassStream>();
        foreach (var source in sources)
        {
            streams.Add(new OnePassStream(await blobs.GetBlockBlobAsync(source.TableBlobName!), source.ContentLength, source.Kind));
        }

        return await OnePassCommit.RunAsync(streams, await blobs.GetBlockBlobAsync(fileBlobName), contentType, tags, texts, cancellationToken, clip);
    }

    /// <summary>
    /// The two-step path: the header pass reads the sources' boxes through buffered ranged streams, then the media is copied
    /// block by block in parallel, each block from large ranged reads; the sources are deleted once the file is written.
    /// </summary>
    public async Task<long> RemuxAsync(
        string fileBlobName,
        string contentType,
        IReadOnlyList<AssemblySource> sources,
        FileTags tags,
        IReadOnlyList<TextTrack> texts,
        CancellationToken cancellationToken,
        MediaClip? clip = null)
    {
        var sourceBlobs = new List<BlobBaseClient>();
        foreach (var source in sources)
        {
            sourceBlobs.Add(await blobs.GetBlobAsync(source.BlobName));
        }

        // A retried attempt that got past the commit (one request, at the very end) finds the file whole: only the
        // sources' deletion may be left, and they may be gone already.
        var file = await blobs.GetBlockBlobAsync(fileBlobName);
        if (await RangeFetcher.CommittedLengthAsync(file, cancellationToken) is { } committed)
        {
            await DeleteAsync(sourceBlobs, cancellationToken);
            return committed;
        }

        var layout = await PlanRemuxAsync(sourceBlobs, tags, texts, clip, cancellationToken);

        // Block ids are fixed, so a retried attempt restages and recommits the same file; a failed one is deleted with the task's blobs.
        var written = await remuxWriter.WriteAsync(layout, sourceBlobs, file, contentType, cancellationToken);
        await DeleteAsync(sourceBlobs, cancellationToken);
        return written;
    }

    /// <summary>
    /// An Opus download: the staged WebM is read forward once (ranged reads of the source blob) and written as Ogg Opus,
    /// block by block, into the file, committed at the end; then the source is deleted. Memory: the read buffer and one
    /// block, whatever the length.
    /// </summary>
    public async Task<long> RewrapOpusAsync(
        string fileBlobName, string contentType, AssemblySource source, FileTags tags, CancellationToken cancellationToken)
    {
        var sourceBlob = await blobs.GetBlobAsync(source.BlobName);
        var file = await blobs.GetBlockBlobAsync(fileBlobName);
        if (await RangeFetcher.CommittedLengthAsync(file, cancellationToken) is { } committed)
        {
            await DeleteAsync([sourceBlob], cancellationToken);
            return committed;
        }

        var output = new StagedBlockStream(file);
        try
        {
            await using var input = await sourceBlob.OpenReadAsync(
                new BlobOpenReadOptions(allowModifications: false) { BufferSize = StagedBlockStream.BlockBytes }, cancellationToken);
            await OggOpusRemuxer.RunAsync(input, output, tags, cancellationToken);
        }
        catch (Exception e) when (UnusableMedia.Is(e))
        {
            throw new DownloadFailedException(DownloadErrorCode.SourceError, $"The media is not a usable WebM Opus: {e.Message}", e, Texts.UnusableWebM);
        }

        await output.CommitAsync(contentType, cancellationToken);
        await DeleteAsync([sourceBlob], cancellationToken);
        return output.Length;
    }

    private static async Task DeleteAsync(IEnumerable<BlobBaseClient> sources, CancellationToken cancellationToken)
    {
        foreach (var source in sources)
        {
            await source.DeleteIfExistsAsync(cancellationToken: cancellationToken);
        }
    }

    private static async Task<RemuxLayout> PlanRemuxAsync(
        IReadOnlyList<BlobBaseClient> sources, FileTags tags, IReadOnlyList<TextTrack> texts, MediaClip? clip, CancellationToken cancellationToken)
    {
        var inputs = new List<Stream>();
        try
        {
            foreach (var source in sources)
            {
                inputs.Add(await source.OpenReadAsync(
                    new BlobOpenReadOptions(allowModifications: false) { BufferSize = Mp4Remuxer.RecommendedReadBufferSize },
                    cancellationToken));
            }

            return await Mp4Remuxer.PlanAsync(inputs, tags, texts, cancellationToken, clip);
        }
        catch (Exception e) when (UnusableMedia.Is(e))
        {
            throw UnusableMedia.Failure(e);
        }
        finally
        {
            foreach (var input in inputs)
            {
                await input.DisposeAsync();
            }
        }
    }
}
