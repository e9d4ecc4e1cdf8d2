using System.Text;

namespace YouTubeDownloader.Media.IsoBmff;

/// <summary>
/// 'chpl', Nero's chapter list in 'moov/udta', as ffmpeg writes and reads it (libavformat movenc.c / mov.c): a FullBox of
/// version 1, a reserved 32-bit word, an 8-bit chapter count, then per chapter its start in 100 ns units (64 bits) and
/// its title as UTF-8 behind an 8-bit length. There is no end: a chapter lasts until the next one, the last until the
/// file ends. ffprobe <c>-show_chapters</c>, VLC and mpv read it.
/// </summary>
internal static class ChapterListBox
{
    /// <summary>The count is one byte.</summary>
    public const int MaxChapters = 255;

    /// <summary>The title's length is one byte.</summary>
    public const int MaxTitleBytes = 255;

    private const long TicksPerMillisecond = 10_000;

    /// <summary>Writes nothing for no chapters; at most <see cref="MaxChapters"/>, titles cut to whole characters within <see cref="MaxTitleBytes"/>.</summary>
    public static void Write(BoxWriter writer, IReadOnlyList<Chapter> chapters)
    {
        if (chapters.Count == 0)
        {
            return;
        }

        var count = Math.Min(chapters.Count, MaxChapters);
        var box = writer.StartFull(BoxTypes.Chpl, 1, 0);
        writer.WriteUInt32(0); // reserved
        writer.WriteUInt8((byte)count);
        foreach (var chapter in chapters.Take(count))
        {
            writer.WriteUInt64(checked((ulong)chapter.StartMs * TicksPerMillisecond));
            var title = Title(chapter.Title);
            writer.WriteUInt8((byte)title.Length);
            writer.Write(title);
        }

        writer.End(box);
    }

    /// <summary>The title's UTF-8 bytes, cut before the character that would pass <see cref="MaxTitleBytes"/>.</summary>
    private static byte[] Title(string title)
    {
        var bytes = Encoding.UTF8.GetBytes(title);
        if (bytes.Length <= MaxTitleBytes)
        {
            return bytes;
        }

        var end = MaxTitleBytes;
        while (end > 0 && (bytes[end] & 0xC0) == 0x80)
        {
            end--; // bytes[end] continues a character: cut before that character starts
        }

        return bytes[..end];
    }
}
