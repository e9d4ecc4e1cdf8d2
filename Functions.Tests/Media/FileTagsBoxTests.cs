using System.Text;
using YouTubeDownloader.Media;
using YouTubeDownloader.Media.IsoBmff;

namespace YouTubeDownloader.Tests.Media;

/// <summary>The bytes of 'udta/meta/ilst', against what ffmpeg 5.1 writes for the same tags.</summary>
public sealed class FileTagsBoxTests
{
    [Fact]
    public void A_title_is_a_udta_holding_a_meta_with_the_itunes_handler_and_one_utf8_data_atom()
    {
        var writer = new BoxWriter();

        UserDataBox.Write(writer, [MetadataItem.Text(BoxTypes.ItemTitle, "T ü")], []);

        // ffmpeg -metadata title="T ü" writes these bytes (its 'udta' also holds '©too', the encoder).
        byte[] item = [0x00, 0x00, 0x00, 0x1C, 0xA9, .. "nam"u8, 0x00, 0x00, 0x00, 0x14, .. "data"u8, 0, 0, 0, 1, 0, 0, 0, 0, .. "T ü"u8];
        byte[] handler = [0x00, 0x00, 0x00, 0x21, .. "hdlr"u8, 0, 0, 0, 0, 0, 0, 0, 0, .. "mdir"u8, .. "appl"u8, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        byte[] ilst = [.. Size(8 + item.Length), .. "ilst"u8, .. item];
        byte[] meta = [.. Size(12 + handler.Length + ilst.Length), .. "meta"u8, 0, 0, 0, 0, .. handler, .. ilst];
        writer.ToArray().Should().Equal([.. Size(8 + meta.Length), .. "udta"u8, .. meta]);
    }

    [Theory]
    [InlineData(CoverFormat.Jpeg, 13)]
    [InlineData(CoverFormat.Png, 14)]
    public void A_cover_is_a_covr_item_whose_data_type_names_its_format(CoverFormat format, int dataType)
    {
        byte[] picture = format == CoverFormat.Png ? [0x89, .. "PNG"u8, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2] : [0xFF, 0xD8, 0xFF, 0xE0, 1, 2];
        var tags = new FileTags(null, null, null, null, CoverImage.From(picture));

        var ilst = IlstOf(tags);

        ilst.Should().Equal([.. Size(8 + 24 + picture.Length), .. "ilst"u8,
            .. Size(24 + picture.Length), .. "covr"u8, .. Size(16 + picture.Length), .. "data"u8, 0, 0, 0, (byte)dataType, 0, 0, 0, 0, .. picture]);
    }

    [Fact]
    public void Text_tags_come_in_a_fixed_order_and_empty_ones_are_left_out()
    {
        var tags = new FileTags("Title", "", "https://www.youtube.com/watch?v=x", "2024-03-05");

        var items = Items(IlstOf(tags)).Select(i => (i.Key, Encoding.UTF8.GetString(i.Value))).ToList();

        items.Should().Equal([(BoxTypes.ItemTitle, "Title"), (BoxTypes.ItemDay, "2024-03-05"), (BoxTypes.ItemComment, "https://www.youtube.com/watch?v=x")]);
    }

    [Fact]
    public void No_tags_write_no_udta()
    {
        var writer = new BoxWriter();

        MovieWriter.WriteTags(writer, FileTags.None with { Title = "", Artist = "" });

        writer.Length.Should().Be(0);
    }

    [Theory]
    [InlineData(new byte[] { 0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50 })] // RIFF....WEBP
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38 })] // GIF8
    [InlineData(new byte[] { 0xFF, 0xD8 })] // too short to be a JPEG
    [InlineData(new byte[0])]
    public void A_picture_that_is_neither_jpeg_nor_png_is_no_cover(byte[] bytes)
    {
        CoverImage.From(bytes).Should().BeNull();
    }

    private static byte[] Size(int size) => [(byte)(size >> 24), (byte)(size >> 16), (byte)(size >> 8), (byte)size];

    /// <summary>The 'ilst' box of the tags, cut out of a 'udta' written the way the 'moov' writes it.</summary>
    private static byte[] IlstOf(FileTags tags)
    {
        var writer = new BoxWriter();
        MovieWriter.WriteTags(writer, tags);
        var bytes = writer.ToArray();
        const int ilstStart = 8 + 12 + 33; // 'udta' header, 'meta' full box header, 'hdlr'
        return bytes[ilstStart..];
    }

    private static List<(uint Key, byte[] Value)> Items(byte[] ilst)
    {
        var items = new List<(uint, byte[])>();
        var children = new ChildBoxes(ilst.AsSpan(8));
        while (children.MoveNext())
        {
            var data = new ChildBoxes(children.Payload);
            data.MoveNext().Should().BeTrue();
            data.Type.Should().Be(BoxTypes.Data);
            items.Add((children.Type, data.Payload[8..].ToArray()));
        }

        return items;
    }
}
