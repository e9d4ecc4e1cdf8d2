using System.Buffers.Binary;

namespace YouTubeDownloader.Testing.Media;

/// <summary>
/// The durations a progressive file declares in its headers (what QuickTime and TVs trust), read independently
/// of the remuxer: mvhd, then tkhd and mdhd of each track, in seconds, and the media_time of each edit.
/// </summary>
public sealed record HeaderDurations(double Movie, IReadOnlyList<(double Track, double Media, IReadOnlyList<long> EditMediaTimes)> Tracks)
{
    public static HeaderDurations Read(string file)
    {
        var bytes = File.ReadAllBytes(file);
        var moov = TopLevelBoxes.Find(bytes, "moov");
        var mvhd = bytes.AsSpan(TopLevelBoxes.Find(bytes, "moov/mvhd") + 8);
        var movieScale = (double)ReadTimescale(mvhd);
        var movie = ReadDuration(mvhd) / movieScale;
        var tracks = new List<(double, double, IReadOnlyList<long>)>();
        var end = moov + (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(moov));
        for (var position = moov + 8; position + 8 <= end;)
        {
            var size = (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(position));
            if (System.Text.Encoding.ASCII.GetString(bytes, position + 4, 4) == "trak")
            {
                var trak = bytes.AsSpan(position, size).ToArray();
                var tkhd = trak.AsSpan(TopLevelBoxes.Find(trak, "trak/tkhd") + 8);
                var mdhd = trak.AsSpan(TopLevelBoxes.Find(trak, "trak/mdia/mdhd") + 8);
                var tkhdDuration = tkhd[0] == 1 ? BinaryPrimitives.ReadUInt64BigEndian(tkhd[28..]) : BinaryPrimitives.ReadUInt32BigEndian(tkhd[20..]);
                tracks.Add((tkhdDuration / movieScale, ReadDuration(mdhd) / (double)ReadTimescale(mdhd), EditMediaTimes(trak)));
            }

            position += Math.Max(size, 8);
        }

        return new HeaderDurations(movie, tracks);
    }

    /// <summary>media_time of each 'elst' entry (8.6.6); empty without an edit list.</summary>
    private static List<long> EditMediaTimes(byte[] trak)
    {
        var elst = TopLevelBoxes.Find(trak, "trak/edts/elst");
        if (elst < 0)
        {
            return [];
        }

        var box = trak.AsSpan(elst + 8);
        var wide = box[0] == 1;
        var count = (int)BinaryPrimitives.ReadUInt32BigEndian(box[4..]);
        return Enumerable.Range(0, count)
            .Select(i => wide
                ? (long)BinaryPrimitives.ReadUInt64BigEndian(trak.AsSpan(elst + 16 + (i * 20) + 8))
                : BinaryPrimitives.ReadInt32BigEndian(trak.AsSpan(elst + 16 + (i * 12) + 4)))
            .ToList();
    }

    // mvhd and mdhd share the layout up to the duration (8.2.2, 8.4.2).
    private static uint ReadTimescale(ReadOnlySpan<byte> fullBox) => BinaryPrimitives.ReadUInt32BigEndian(fullBox[(fullBox[0] == 1 ? 20 : 12)..]);

    private static ulong ReadDuration(ReadOnlySpan<byte> fullBox) => fullBox[0] == 1
        ? BinaryPrimitives.ReadUInt64BigEndian(fullBox[24..])
        : BinaryPrimitives.ReadUInt32BigEndian(fullBox[16..]);
}
