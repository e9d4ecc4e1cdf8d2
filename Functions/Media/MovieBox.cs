using System.Buffers.Binary;
using YouTubeDownloader.Media.IsoBmff;

namespace YouTubeDownloader.Media;

/// <summary>
/// A written 'moov' whose chunk offsets are still relative to the first media byte. Its size does not depend on
/// the offsets' values, so it is built once, measured, then moved to its place with <see cref="Relocate"/>.
/// </summary>
internal sealed class MovieBox(BoxWriter writer, bool largeOffsets)
{
    private readonly List<(int Position, int Count)> _offsetTables = [];

    public BoxWriter Writer => writer;

    public bool LargeOffsets => largeOffsets;

    public int Length => writer.Length;

    public ReadOnlyMemory<byte> Bytes => writer.Written;

    /// <summary>Notes where an 'stco'/'co64' table's entries start, so they can be relocated.</summary>
    public void AddOffsetTable(int position, int count) => _offsetTables.Add((position, count));

    /// <summary>Adds <paramref name="dataStart"/> (where the first media byte lands in the file) to every chunk offset.</summary>
    public void Relocate(long dataStart)
    {
        var bytes = writer.WrittenSpan;
        foreach (var (position, count) in _offsetTables)
        {
            for (var i = 0; i < count; i++)
            {
                if (largeOffsets)
                {
                    var entry = bytes.Slice(position + (i * 8), 8);
                    BinaryPrimitives.WriteUInt64BigEndian(entry, checked(BinaryPrimitives.ReadUInt64BigEndian(entry) + (ulong)dataStart));
                }
                else
                {
                    var entry = bytes.Slice(position + (i * 4), 4);
                    BinaryPrimitives.WriteUInt32BigEndian(entry, checked(BinaryPrimitives.ReadUInt32BigEndian(entry) + (uint)dataStart));
                }
            }
        }
    }
}
