using System.Buffers.Binary;
using YouTubeDownloader.Media.IsoBmff;

namespace YouTubeDownloader.Media;

/// <summary>Writes the output's 'ftyp' and 'moov' for a progressive file whose chunks are already placed.</summary>
internal static partial class MovieWriter
{
    /// <summary>Milliseconds, as most muxers use for the movie timeline (tkhd, mvhd, elst durations).</summary>
    public const uint MovieTimescale = 1000;

    private const uint FixedOne = 0x0001_0000; // 16.16 fixed point 1.0
    private const ushort FixedVolumeOne = 0x0100; // 8.8 fixed point 1.0
    private const uint MinorVersion = 0x200;

    private static readonly uint[] IdentityMatrix = [FixedOne, 0, 0, 0, FixedOne, 0, 0, 0, 0x4000_0000];

    private static readonly uint Isom = Brand("isom");
    private static readonly uint Iso2 = Brand("iso2");
    private static readonly uint Mp41 = Brand("mp41");
    private static readonly uint M4a = Brand("M4A ");

    /// <summary>'ftyp' (4.3): ISO base brands plus the codec brand; an audio-only file is branded as an .m4a.</summary>
    public static byte[] WriteFileType(IReadOnlyList<InputTrack> tracks)
    {
        var audioOnly = tracks.All(t => !t.IsVideo);
        var brands = new List<uint> { audioOnly ? M4a : Isom, Isom, Iso2 };
        brands.AddRange(tracks.Where(t => t.IsVideo).Select(t => SampleEntryType(t.SampleDescriptions)).Distinct());
        brands.Add(Mp41);

        var writer = new BoxWriter();
        var box = writer.Start(BoxTypes.Ftyp);
        writer.WriteUInt32(brands[0]);
        writer.WriteUInt32(MinorVersion);
        foreach (var brand in brands.Skip(1).Distinct())
        {
            writer.WriteUInt32(brand);
        }

        writer.End(box);
        return writer.ToArray();
    }

    /// <summary>
    /// 'moov' (8.2.1) with 'mvhd' and one 'trak' per input. Chunk offsets are written relative to the first media
    /// byte; <see cref="MovieBox.Relocate"/> moves them once the 'moov' size is known, which includes the tags ('udta').
    /// </summary>
    public static MovieBox WriteMovie(IReadOnlyList<InputTrack> tracks, IReadOnlyList<OutputChunk> order, bool largeOffsets, FileTags tags)
    {
        // Sizes, chunk offsets and a little per chunk dominate; the estimate avoids regrowing a multi-MB buffer.
        var estimate = 64 * 1024 + tracks.Sum(t => t.Samples.Count * 4) + (order.Count * 24) + (tags.Cover?.Bytes.Length ?? 0);
        var movie = new MovieBox(new BoxWriter(estimate), largeOffsets);
        var writer = movie.Writer;
        var moov = writer.Start(BoxTypes.Moov);
        var duration = tracks.Max(TrackDuration);
        WriteMovieHeader(writer, duration, nextTrackId: (uint)tracks.Count + 1);
        for (var i = 0; i < tracks.Count; i++)
        {
            var chunks = order.Where(c => c.Track == i).ToList();
            WriteTrack(movie, tracks[i], trackId: (uint)i + 1, chunks);
        }

        WriteTags(writer, tags);
        writer.End(moov);
        return movie;
    }

    private static void WriteMovieHeader(BoxWriter writer, ulong duration, uint nextTrackId)
    {
        // 8.2.2: version 1 only when the duration needs 64 bits.
        var version = duration > uint.MaxValue ? (byte)1 : (byte)0;
        var box = writer.StartFull(BoxTypes.Mvhd, version, 0);
        writer.WriteUIntForVersion(version, 0); // creation_time
        writer.WriteUIntForVersion(version, 0); // modification_time
        writer.WriteUInt32(MovieTimescale);
        writer.WriteUIntForVersion(version, duration);
        writer.WriteUInt32(FixedOne); // rate
        writer.WriteUInt16(FixedVolumeOne); // volume
        writer.WriteZeros(2 + 8); // reserved
        WriteMatrix(writer, IdentityMatrix);
        writer.WriteZeros(24); // pre_defined
        writer.WriteUInt32(nextTrackId);
        writer.End(box);
    }

    private static void WriteMatrix(BoxWriter writer, uint[] matrix)
    {
        foreach (var value in matrix)
        {
            writer.WriteUInt32(value);
        }
    }

    /// <summary>The four-character type of the first sample entry in a whole 'stsd' box (8.5.2).</summary>
    private static uint SampleEntryType(byte[] stsd)
    {
        const int entryTypeOffset = BoxHeader.CompactLength + 4 + 4 + 4; // box header, version/flags, entry_count, entry size
        return stsd.Length >= entryTypeOffset + 4
            ? BinaryPrimitives.ReadUInt32BigEndian(stsd.AsSpan(entryTypeOffset))
            : throw new InvalidDataException("'stsd' has no sample entry.");
    }

    private static uint Brand(string fourCc) => BinaryPrimitives.ReadUInt32BigEndian(System.Text.Encoding.ASCII.GetBytes(fourCc));

    /// <summary>value × to / from, rounded to nearest, without overflow.</summary>
    private static ulong Rescale(ulong value, uint from, uint to) => (ulong)((((UInt128)value * to) + (from / 2)) / from);
}
