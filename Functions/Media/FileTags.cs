namespace YouTubeDownloader.Media;

/// <summary>
/// What a finished MP4 or M4A says about itself: written as iTunes-style metadata in 'moov/udta/meta/ilst'.
/// A field that is null or empty is left out of the file.
/// </summary>
/// <param name="Title">'©nam'.</param>
/// <param name="Artist">'©ART': the channel.</param>
/// <param name="Comment">'©cmt': the watch URL.</param>
/// <param name="Day">'©day': the upload date, <c>yyyy-MM-dd</c>.</param>
/// <param name="Cover">'covr': the thumbnail. Read from storage when the file is assembled, never carried in a durable message.</param>
public sealed record FileTags(string? Title, string? Artist, string? Comment, string? Day, CoverImage? Cover = null)
{
    /// <summary>'chpl': the chapters, in order. Text only, so they travel with the tags in durable messages.</summary>
    public IReadOnlyList<Chapter> Chapters { get; init; } = [];

    public static FileTags None { get; } = new(null, null, null, null);
}
