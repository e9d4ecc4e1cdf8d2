namespace YouTubeDownloader.Media;

/// <summary>
/// A remux planned but not written: the header (ftyp, moov, mdat header) and, in output order, the input byte runs
/// that follow it. A writer may then copy the runs in any order and in parallel (block by block on a blob).
/// </summary>
/// <param name="trailer">The text tracks' samples, which follow the media extents in the file; empty without subtitles.</param>
public sealed class RemuxLayout(byte[] header, IReadOnlyList<MediaExtent> extents, long length, byte[]? trailer = null)
{
    public byte[] Trailer { get; } = trailer ?? [];

    public byte[] Header { get; } = header;

    public IReadOnlyList<MediaExtent> Extents { get; } = extents;

    /// <summary>The output's length: header, media and trailer.</summary>
    public long Length { get; } = length;

    /// <summary>The media cut into consecutive blocks of <paramref name="blockBytes"/> (the last shorter), a run split where a block ends.</summary>
    public List<List<MediaExtent>> Blocks(long blockBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(blockBytes);
        var blocks = new List<List<MediaExtent>>();
        var current = new List<MediaExtent>();
        var filled = 0L;
        foreach (var extent in Extents)
        {
            var rest = extent;
            while (rest.Length > 0)
            {
                var take = Math.Min(rest.Length, blockBytes - filled);
                current.Add(rest with { Length = take });
                filled += take;
                rest = rest with { Offset = rest.Offset + take, Length = rest.Length - take };
                if (filled == blockBytes)
                {
                    blocks.Add(current);
                    current = [];
                    filled = 0;
                }
            }
        }

        if (current.Count > 0)
        {
            blocks.Add(current);
        }

        return blocks;
    }
}
