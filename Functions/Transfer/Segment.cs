using System.Text;

namespace YouTubeDownloader.Transfer;

/// <summary>A byte range of a stream, staged as one block.</summary>
public readonly record struct Segment(int Index, long Offset, long Length)
{
    public static IReadOnlyList<Segment> Split(long length, int segmentSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(segmentSize);
        var segments = new List<Segment>((int)Math.Min(int.MaxValue, (length + segmentSize - 1) / segmentSize));
        for (long offset = 0, index = 0; offset < length; offset += segmentSize, index++)
        {
            segments.Add(new Segment(checked((int)index), offset, Math.Min(segmentSize, length - offset)));
        }

        return segments;
    }

    /// <summary>
    /// The block id: all ids of a blob must have one length, and the segment size is part of it so that
    /// blocks staged under another segment size are never mistaken for these.
    /// </summary>
    public string BlockId(int segmentSize) =>
        Convert.ToBase64String(Encoding.ASCII.GetBytes($"{Index:D8}-{segmentSize:D10}"));
}
