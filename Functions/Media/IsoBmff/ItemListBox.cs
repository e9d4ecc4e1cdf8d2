namespace YouTubeDownloader.Media.IsoBmff;

/// <summary>'ilst': the iTunes metadata items, each a box of its own (<see cref="MetadataItem"/>).</summary>
internal static class ItemListBox
{
    public static void Write(BoxWriter writer, IReadOnlyList<MetadataItem> items)
    {
        var box = writer.Start(BoxTypes.Ilst);
        foreach (var item in items)
        {
            item.Write(writer);
        }

        writer.End(box);
    }
}
