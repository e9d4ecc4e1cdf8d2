using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace YouTubeDownloader.Media.Ogg;

/// <summary>
/// The Opus comment header (RFC 7845 section 5.2): Vorbis-style <c>NAME=value</c> comments. The file's tags become TITLE,
/// ARTIST, COMMENT (the watch URL) and DATE, its chapters the CHAPTERnnn / CHAPTERnnnNAME pairs players read, and the cover
/// a METADATA_BLOCK_PICTURE (<see cref="FlacPicture"/>, base64).
/// </summary>
public static class OpusTags
{
    /// <summary>No encoder ran here; the vendor names what wrote the container.</summary>
    public const string Vendor = "YouTubeDownloader";

    public static byte[] Build(FileTags tags)
    {
        var comments = new List<string>();
        Add(comments, "TITLE", tags.Title);
        Add(comments, "ARTIST", tags.Artist);
        Add(comments, "COMMENT", tags.Comment);
        Add(comments, "DATE", tags.Day);
        for (var i = 0; i < tags.Chapters.Count && i < 999; i++)
        {
            var number = (i + 1).ToString("D3", CultureInfo.InvariantCulture);
            var start = TimeSpan.FromMilliseconds(tags.Chapters[i].StartMs);
            comments.Add($"CHAPTER{number}={start:hh\\:mm\\:ss\\.fff}");
            comments.Add($"CHAPTER{number}NAME={tags.Chapters[i].Title}");
        }

        if (tags.Cover is { } cover)
        {
            comments.Add("METADATA_BLOCK_PICTURE=" + Convert.ToBase64String(FlacPicture.FrontCover(cover)));
        }

        using var packet = new MemoryStream();
        packet.Write("OpusTags"u8);
        WriteString(packet, Vendor);
        WriteUInt32(packet, (uint)comments.Count);
        foreach (var comment in comments)
        {
            WriteString(packet, comment);
        }

        return packet.ToArray();
    }

    private static void Add(List<string> comments, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            comments.Add(name + "=" + value);
        }
    }

    private static void WriteString(MemoryStream packet, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        WriteUInt32(packet, (uint)bytes.Length);
        packet.Write(bytes);
    }

    private static void WriteUInt32(MemoryStream packet, uint value)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, value);
        packet.Write(bytes);
    }
}
