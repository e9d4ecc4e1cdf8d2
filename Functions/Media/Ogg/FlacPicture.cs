using System.Buffers.Binary;
using System.Text;

namespace YouTubeDownloader.Media.Ogg;

/// <summary>
/// A FLAC PICTURE metadata block (RFC 9639 section 8.8), the form Ogg Opus and Vorbis comments carry a picture in
/// (<c>METADATA_BLOCK_PICTURE</c>): type, MIME type, description, width, height, depth, colours, then the image. Big-endian.
/// </summary>
public static class FlacPicture
{
    private const uint FrontCoverType = 3;

    public static byte[] FrontCover(CoverImage cover)
    {
        var mime = Encoding.ASCII.GetBytes(cover.Format == CoverFormat.Png ? "image/png" : "image/jpeg");
        var (width, height) = ImageSize.Of(cover);
        var block = new byte[(8 * 4) + mime.Length + cover.Bytes.Length];
        var span = block.AsSpan();
        BinaryPrimitives.WriteUInt32BigEndian(span, FrontCoverType);
        BinaryPrimitives.WriteUInt32BigEndian(span[4..], (uint)mime.Length);
        mime.CopyTo(span[8..]);
        var at = 8 + mime.Length;
        BinaryPrimitives.WriteUInt32BigEndian(span[at..], 0); // no description
        BinaryPrimitives.WriteUInt32BigEndian(span[(at + 4)..], (uint)width);
        BinaryPrimitives.WriteUInt32BigEndian(span[(at + 8)..], (uint)height);
        BinaryPrimitives.WriteUInt32BigEndian(span[(at + 12)..], 24); // colour depth: 8 bits × RGB
        BinaryPrimitives.WriteUInt32BigEndian(span[(at + 16)..], 0); // not an indexed-colour picture
        BinaryPrimitives.WriteUInt32BigEndian(span[(at + 20)..], (uint)cover.Bytes.Length);
        cover.Bytes.CopyTo(span[(at + 24)..]);
        return block;
    }
}
