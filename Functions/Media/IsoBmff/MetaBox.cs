namespace YouTubeDownloader.Media.IsoBmff;

/// <summary>
/// 'meta' (8.11.1), a FullBox, whose 'hdlr' says how to read it: handler 'mdir' with 'appl' in the first reserved word,
/// the iTunes metadata directory, as iTunes, ffmpeg and AtomicParsley write it; the items follow in an 'ilst'.
/// </summary>
internal static class MetaBox
{
    public static void Write(BoxWriter writer, IReadOnlyList<MetadataItem> items)
    {
        var meta = writer.StartFull(BoxTypes.Meta, 0, 0);
        var hdlr = writer.StartFull(BoxTypes.Hdlr, 0, 0);
        writer.WriteUInt32(0); // pre_defined
        writer.WriteUInt32(BoxTypes.HandlerMetadata);
        writer.WriteUInt32(BoxTypes.HandlerManufacturerApple);
        writer.WriteZeros(8); // the other two reserved words
        writer.WriteUInt8(0); // name: empty, null-terminated
        writer.End(hdlr);
        ItemListBox.Write(writer, items);
        writer.End(meta);
    }
}
