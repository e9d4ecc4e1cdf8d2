namespace YouTubeDownloader.Media.IsoBmff;

/// <summary>'udta' (8.10.1) in the 'moov': here only the 'meta' with the file's iTunes metadata.</summary>
internal static class UserDataBox
{
    /// <summary>Writes nothing when there are no items: an empty 'udta' says nothing.</summary>
    public static void Write(BoxWriter writer, IReadOnlyList<MetadataItem> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        var udta = writer.Start(BoxTypes.Udta);
        MetaBox.Write(writer, items);
        writer.End(udta);
    }
}
