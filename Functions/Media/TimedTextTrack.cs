using System.Globalization;
using System.Text;
using YouTubeDownloader.Media.IsoBmff;

namespace YouTubeDownloader.Media;

/// <summary>
/// Builds a subtitle track as 3GPP timed text (3GPP TS 26.245; ISO/IEC 14496-17's MP4 carriage): handler 'sbtl', an
/// 'nmhd' media header, one 'tx3g' sample entry with ffmpeg's default style (mov_text encoder), and samples that tile the
/// timeline from 0 to the end of the media — each a 16-bit length and UTF-8 text, an empty sample (length 0) where no cue shows
/// (ffmpeg stretches a track's last sample to the movie's end, so the last cue is followed by one). Overlapping cues
/// are cut where the next one starts, as a text track shows one sample at a time. The samples lie in memory, in order,
/// and go after the file's other media.
/// </summary>
internal static class TimedTextTrack
{
    /// <summary>Milliseconds: cue times are whole milliseconds.</summary>
    public const uint Timescale = 1000;

    private const int MaxSampleText = ushort.MaxValue;

    /// <summary>ffmpeg's default 'tx3g' body after the sample entry header (libavcodec movtextenc.c): justification, colours, box, style, font table.</summary>
    private static readonly byte[] DefaultStyle =
    [
        0, 0, 0, 0, // displayFlags
        0x01, 0xFF, // horizontal (centre), vertical (bottom) justification
        0, 0, 0, 0, // background colour RGBA
        0, 0, 0, 0, 0, 0, 0, 0, // default text box: top, left, bottom, right
        0, 0, 0, 0, 0, 1, 0, 0x12, 0xFF, 0xFF, 0xFF, 0xFF, // style: chars 0–0, font 1, plain, 18 px, white
        0, 0, 0, 0x12, .. "ftab"u8, 0, 1, 0, 1, 5, .. "Serif"u8, // font table: font 1 is "Serif"
    ];

    /// <param name="endMs">Where the file's media ends: the track runs to there.</param>
    public static InputTrack Build(TextTrack text, long endMs)
    {
        var samples = new MemoryStream();
        var list = new List<(long Offset, uint Size, uint Duration)>();
        var cues = text.Cues.OrderBy(c => c.StartMs).ToList();
        long time = 0;
        for (var i = 0; i < cues.Count; i++)
        {
            var start = Math.Max(cues[i].StartMs, time);
            var end = i + 1 < cues.Count ? Math.Min(cues[i].EndMs, Math.Max(cues[i + 1].StartMs, start)) : cues[i].EndMs;
            if (end <= start)
            {
                continue;
            }

            if (start > time)
            {
                list.Add(Add(samples, "", start - time));
            }

            list.Add(Add(samples, cues[i].Text, end - start));
            time = end;
        }

        list.Add(Add(samples, "", Math.Max(1, endMs - time)));

        var track = new InputTrack
        {
            Stream = new MemoryStream(samples.ToArray(), writable: false),
            MovieTimescale = Timescale,
            Header = new TrackHeaderBox(0, 0, 0, 0, IdentityMatrix(), 0, 0),
            Media = new MediaHeaderBox(Timescale, PackedLanguage(text.Language)),
            Handler = new HandlerBox(BoxTypes.HandlerSubtitle, HandlerPayload(text.Name)),
            MediaInformationHeader = NullMediaHeader(),
            SampleDescriptions = SampleDescriptions(),
            SampleDescriptionCount = 1,
            Edits = [],
        };
        foreach (var (offset, size, duration) in list)
        {
            track.Samples.Add(new Sample(offset, size, duration, 0, 1, true));
            track.MediaDuration += duration;
            track.MediaBytes += size;
        }

        track.CompositionStart = 0;
        track.CompositionEnd = (long)track.MediaDuration;
        return track;
    }

    /// <summary>Where the media of <paramref name="tracks"/> ends, in milliseconds.</summary>
    public static long EndMs(IEnumerable<InputTrack> tracks) =>
        tracks.Select(t => (long)(t.MediaDuration * 1000 / t.Timescale)).DefaultIfEmpty(0).Max();

    private static (long Offset, uint Size, uint Duration) Add(MemoryStream samples, string text, long durationMs)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var length = Math.Min(bytes.Length, MaxSampleText);
        var offset = samples.Length;
        samples.WriteByte((byte)(length >> 8));
        samples.WriteByte((byte)length);
        samples.Write(bytes, 0, length);
        return (offset, (uint)(length + 2), checked((uint)durationMs));
    }

    /// <summary>ISO 639-2/T in 'mdhd''s packed form (three letters, 5 bits each, minus 0x60); 'und' when the code has no such form.</summary>
    public static ushort PackedLanguage(string code)
    {
        string three;
        try
        {
            three = CultureInfo.GetCultureInfo(code).ThreeLetterISOLanguageName;
        }
        catch (CultureNotFoundException)
        {
            three = "und";
        }

        if (three.Length != 3 || !three.All(c => c is >= 'a' and <= 'z'))
        {
            three = "und";
        }

        return (ushort)(((three[0] - 0x60) << 10) | ((three[1] - 0x60) << 5) | (three[2] - 0x60));
    }

    /// <summary>'hdlr' payload (8.4.3): version/flags, pre_defined, 'sbtl', three reserved words, the name null-terminated.</summary>
    private static byte[] HandlerPayload(string name) =>
        [0, 0, 0, 0, 0, 0, 0, 0, .. "sbtl"u8, .. new byte[12], .. Encoding.UTF8.GetBytes(name.Replace('\0', ' ')), 0];

    /// <summary>'nmhd' (8.4.5.2): a null media header, a FullBox with nothing else.</summary>
    private static byte[] NullMediaHeader() => [0, 0, 0, 12, .. "nmhd"u8, 0, 0, 0, 0];

    /// <summary>'stsd' with one 'tx3g' entry: SampleEntry (6 reserved bytes, data_reference_index 1), then the style.</summary>
    private static byte[] SampleDescriptions()
    {
        var writer = new BoxWriter();
        var stsd = writer.StartFull(BoxTypes.Stsd, 0, 0);
        writer.WriteUInt32(1);
        var entry = writer.Start(BoxTypes.Tx3g);
        writer.WriteZeros(6);
        writer.WriteUInt16(1);
        writer.Write(DefaultStyle);
        writer.End(entry);
        writer.End(stsd);
        return writer.ToArray();
    }

    private static byte[] IdentityMatrix()
    {
        var matrix = new byte[TrackHeaderBox.MatrixLength];
        matrix[1] = 1; // 16.16 fixed 1.0 at a, d; 2.30 fixed 1.0 at w
        matrix[17] = 1;
        matrix[32] = 0x40;
        return matrix;
    }
}
