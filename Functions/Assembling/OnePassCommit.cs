using Azure;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Media;
using YouTubeDownloader.Media.OnePass;
using YouTubeDownloader.Transfer;

namespace YouTubeDownloader.Assembling;

/// <summary>
/// Turns the staged pieces into the file: reads the streams' small tables (never a media byte), plans the header,
/// stages it, commits [header, media blocks in file order] in one request and deletes the tables. Running it again
/// after a commit gives the same file: the header is rebuilt identically and committed blocks can be listed again.
/// </summary>
public static class OnePassCommit
{
    /// <param name="tags">What the header's 'moov' says about the file (title, cover…); they change no media block.</param>
    /// <param name="texts">Subtitle tracks: their samples are one more block, the file's last; they change no media block either.</param>
    public static async Task<long> RunAsync(
        IReadOnlyList<OnePassStream> streams,
        BlockBlobClient file,
        string contentType,
        FileTags tags,
        IReadOnlyList<TextTrack> texts,
        CancellationToken cancellationToken,
        MediaClip? clip = null)
    {
        var tables = new List<(ReadOnlyMemory<byte> Table, long SourceLength)>();
        foreach (var stream in streams)
        {
            try
            {
                // Read into one array of the exact length: a buffered download would grow a stream by doubling.
                BlobDownloadStreamingResult table = await stream.Table.DownloadStreamingAsync(cancellationToken: cancellationToken);
                var bytes = new byte[table.Details.ContentLength];
                await using (table.Content)
                {
                    await table.Content.ReadExactlyAsync(bytes, cancellationToken);
                }

                tables.Add((bytes, stream.SourceLength));
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                // An earlier attempt committed the file and began deleting the tables.
                var length = await RangeFetcher.CommittedLengthAsync(file, cancellationToken) ?? throw new InvalidOperationException(
                    "A stream's table is gone but the file was never committed.", e);
                await DeleteTablesAsync(streams, cancellationToken);
                return length;
            }
        }

        OnePassFile plan;
        try
        {
            plan = OnePassAssembler.Plan(tables, tags, texts, clip);
        }
        catch (Exception e) when (UnusableMedia.Is(e))
        {
            throw UnusableMedia.Failure(e);
        }

        var blockIds = plan.Blocks.Select(b => OnePassBlockIds.Media(streams[b.Stream].Kind, b.Piece)).ToList();
        await CheckStagedAsync(file, plan, blockIds, cancellationToken);
        await RangeFetcher.StageAsync(file, OnePassBlockIds.Header, plan.Header, cancellationToken);
        if (plan.Trailer.Length > 0)
        {
            await RangeFetcher.StageAsync(file, OnePassBlockIds.Text, plan.Trailer, cancellationToken);
        }

        await file.CommitBlockListAsync(
            [OnePassBlockIds.Header, .. blockIds, .. plan.Trailer.Length > 0 ? [OnePassBlockIds.Text] : Array.Empty<string>()],
            new CommitBlockListOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } },
            cancellationToken);
        await DeleteTablesAsync(streams, cancellationToken);
        return plan.Length;
    }

    /// <summary>
    /// One Get Block List (metadata, no media) proves every block the tables describe is staged with the size they
    /// give: a file whose 'moov' disagrees with its media must never be committed.
    /// </summary>
    private static async Task CheckStagedAsync(BlockBlobClient file, OnePassFile plan, List<string> blockIds, CancellationToken cancellationToken)
    {
        BlockList list = await file.GetBlockListAsync(BlockListTypes.All, cancellationToken: cancellationToken);
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var block in list.CommittedBlocks.Concat(list.UncommittedBlocks))
        {
            sizes[block.Name] = block.SizeLong;
        }

        for (var i = 0; i < blockIds.Count; i++)
        {
            if (sizes.GetValueOrDefault(blockIds[i], -1) != plan.Blocks[i].Length)
            {
                throw new InvalidOperationException($"Block {i} of the file is missing or not the {plan.Blocks[i].Length} bytes its table gives.");
            }
        }
    }

    private static async Task DeleteTablesAsync(IReadOnlyList<OnePassStream> streams, CancellationToken cancellationToken)
    {
        foreach (var stream in streams)
        {
            await stream.Table.DeleteIfExistsAsync(cancellationToken: cancellationToken);
        }
    }
}
