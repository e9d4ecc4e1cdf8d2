using System.Text;
using Azure;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using YouTubeDownloader.Media;
using YouTubeDownloader.Media.IsoBmff;
using YouTubeDownloader.Transfer;

namespace YouTubeDownloader.Assembling;

/// <summary>
/// Tags a file that was committed as the source sent it (one muxed progressive stream: no remux runs). Only the 'moov'
/// changes, so only the committed block(s) it lies in are read and staged again, as one block in their place; every
/// other block stays as committed. Subtitle tracks add one block at the end: an 'mdat' with their samples. Running it
/// again gives the same file: the 'moov' it finds then already carries the same tags and text tracks, which are replaced
/// by themselves, and the text block it appended is left out before it is appended again.
/// </summary>
public static class CommittedFileTagger
{
    /// <summary>A 4-hour muxed 'moov' is a few MB; anything far beyond is not a file to rewrite in memory.</summary>
    private const long MaxMoovBytes = 64 << 20;

    /// <summary>A progressive file has a handful of top-level boxes ('ftyp', 'moov', 'mdat', perhaps 'free').</summary>
    private const int MaxTopLevelBoxes = 64;

    /// <summary>Returns the file's new length.</summary>
    /// <exception cref="InvalidDataException">The file is not a progressive MP4 whose 'moov' can be rewritten.</exception>
    /// <exception cref="EndOfStreamException">A box runs past the end of the file.</exception>
    public static Task<long> RunAsync(BlockBlobClient file, string contentType, FileTags tags, CancellationToken cancellationToken) =>
        RunAsync(file, contentType, tags, [], cancellationToken);

    /// <summary>As <see cref="RunAsync(BlockBlobClient, string, FileTags, CancellationToken)"/>, adding <paramref name="texts"/> as timed text tracks.</summary>
    public static async Task<long> RunAsync(
        BlockBlobClient file, string contentType, FileTags tags, IReadOnlyList<TextTrack> texts, CancellationToken cancellationToken)
    {
        BlockList list = await file.GetBlockListAsync(BlockListTypes.Committed, cancellationToken: cancellationToken);
        var blocks = list.CommittedBlocks.ToList();
        var textId = BlockId(blocks[0].Name, "tagged-text");
        if (blocks.Count > 1 && blocks[^1].Name == textId)
        {
            blocks.RemoveAt(blocks.Count - 1); // appended by an earlier run: it is written again below
        }

        var length = blocks.Sum(b => b.SizeLong);
        var (moovStart, moovSize) = await FindMoovAsync(file, length, cancellationToken);
        var moovEnd = moovStart + moovSize;

        // The blocks the 'moov' lies in, read whole: what precedes and follows it in them is kept around the new one.
        var starts = new long[blocks.Count];
        for (var i = 1; i < blocks.Count; i++)
        {
            starts[i] = starts[i - 1] + blocks[i - 1].SizeLong;
        }

        var first = Array.FindLastIndex(starts, s => s <= moovStart);
        var last = Array.FindLastIndex(starts, s => s < moovEnd);
        var spanStart = starts[first];
        var spanEnd = starts[last] + blocks[last].SizeLong;
        var span = await ReadAsync(file, spanStart, spanEnd - spanStart, cancellationToken);
        var moov = span.AsSpan((int)(moovStart - spanStart), (int)moovSize);
        var (retagged, trailer) = MovieTagger.Retag(moov, moovEnd, tags, texts, length);
        byte[] replacement = [.. span.AsSpan(0, (int)(moovStart - spanStart)), .. retagged, .. span.AsSpan((int)(moovEnd - spanStart))];

        var id = BlockId(blocks[first].Name, "tagged-moov");
        await RangeFetcher.StageAsync(file, id, replacement, cancellationToken);
        if (trailer.Length > 0)
        {
            await RangeFetcher.StageAsync(file, textId, trailer, cancellationToken);
        }

        await file.CommitBlockListAsync(
            [.. blocks.Take(first).Select(b => b.Name), id, .. blocks.Skip(last + 1).Select(b => b.Name), .. trailer.Length > 0 ? [textId] : Array.Empty<string>()],
            new CommitBlockListOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } },
            cancellationToken);
        return length + retagged.Length - moovSize + trailer.Length;
    }

    /// <summary>Walks the top-level box headers (one small ranged read each) to the 'moov'.</summary>
    private static async Task<(long Start, long Size)> FindMoovAsync(BlockBlobClient file, long length, CancellationToken cancellationToken)
    {
        var position = 0L;
        for (var boxes = 0; position < length && boxes < MaxTopLevelBoxes; boxes++)
        {
            var bytes = await ReadAsync(file, position, Math.Min(BoxHeader.LargeLength, length - position), cancellationToken);
            var header = BoxHeader.Read(bytes, length - position, topLevel: true);
            if (header.Type == BoxTypes.Moov)
            {
                return header.Size <= MaxMoovBytes
                    ? (position, header.Size)
                    : throw new InvalidDataException($"The 'moov' is {header.Size} bytes; at most {MaxMoovBytes} are rewritten.");
            }

            position += header.Size;
        }

        throw new InvalidDataException("The file has no 'moov' box among its first top-level boxes.");
    }

    private static async Task<byte[]> ReadAsync(BlockBlobClient file, long offset, long count, CancellationToken cancellationToken)
    {
        BlobDownloadResult result = await file.DownloadContentAsync(
            new BlobDownloadOptions { Range = new HttpRange(offset, count) }, cancellationToken);
        return result.Content.ToArray();
    }

    /// <summary>
    /// Every block id of a blob must have the same length: the transfer's own ids set it. The tagged block's id says what
    /// it is, padded or cut to that length, and is the same on every run.
    /// </summary>
    private static string BlockId(string template, string what)
    {
        var width = Convert.FromBase64String(template).Length;
        var name = what.PadRight(width, '-')[..width];
        return Convert.ToBase64String(Encoding.ASCII.GetBytes(name));
    }
}
