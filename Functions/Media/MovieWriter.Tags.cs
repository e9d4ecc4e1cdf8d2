using YouTubeDownloader.Media.IsoBmff;

namespace YouTubeDownloader.Media;

/// <summary>The file's tags as iTunes metadata items in 'moov/udta/meta/ilst', and its chapters in 'moov/udta/chpl', which players and ffprobe read.</summary>
internal static partial class MovieWriter
{
    /// <summary>After the tracks, as ffmpeg writes it: players list the cover after the media streams.</summary>
    public static void WriteTags(BoxWriter writer, FileTags tags) => UserDataBox.Write(writer, Items(tags), tags.Chapters);

    /// <summary>
    /// Text tracks added to a 'moov' written elsewhere (a stored file's, see <see cref="MovieTagger"/>): their samples lie
    /// back to back, in track order, from offset 0 of a run the caller places with <see cref="MovieBox.Relocate"/>.
    /// </summary>
    public static void WriteTextTracks(MovieBox movie, IReadOnlyList<InputTrack> texts, uint firstTrackId)
    {
        var order = new List<OutputChunk>();
        ChunkPlanner.AppendText(order, texts, 0);
        ChunkPlanner.AssignOffsets(order, 0);
        for (var i = 0; i < texts.Count; i++)
        {
            WriteTrack(movie, texts[i], firstTrackId + (uint)i, order.Where(c => c.Track == i).ToList());
        }
    }

    private static List<MetadataItem> Items(FileTags tags)
    {
        var items = new List<MetadataItem>();
        AddText(items, BoxTypes.ItemTitle, tags.Title);
        AddText(items, BoxTypes.ItemArtist, tags.Artist);
        AddText(items, BoxTypes.ItemDay, tags.Day);
        AddText(items, BoxTypes.ItemComment, tags.Comment);
        if (tags.Cover is { } cover)
        {
            items.Add(new MetadataItem(BoxTypes.ItemCover, cover.Format == CoverFormat.Png ? MetadataItem.Png : MetadataItem.Jpeg, cover.Bytes));
        }

        return items;
    }

    private static void AddText(List<MetadataItem> items, uint key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            items.Add(MetadataItem.Text(key, value));
        }
    }
}
