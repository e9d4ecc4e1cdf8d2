namespace YouTubeDownloader.Media.IsoBmff;

/// <summary>'udta' (8.10.1) in the 'moov': the 'meta' with the file's iTunes metadata, then the chapters ('chpl'), as ffmpeg orders them.</summary>
internal static class UserDataBox
{
    /// <summary>Writes nothing when there are neither items nor chapters: an empty 'udta' says nothing.</summary>
    public static void Write(BoxWriter writer, IReadOnlyList<MetadataItem> items, IReadOnlyList<Chapter> chapters)
    {
        if (items.Count == 0 && chapters.Count == 0)
        {
            return;
        }

        var udta = writer.Start(BoxTypes.Udta);
        if (items.Count > 0)
        {
            MetaBox.Write(writer, items);
        }

        ChapterListBox.Write(writer, chapters);
        writer.End(udta);
    }
}
