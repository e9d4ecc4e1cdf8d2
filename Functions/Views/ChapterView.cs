using YouTubeDownloader.Media;

namespace YouTubeDownloader.Views;

/// <summary>One of the task's <c>chapters</c>: seconds from the start (milliseconds kept as decimals) and the title.</summary>
public sealed record ChapterView(double Start, double End, string Title)
{
    public static ChapterView From(Chapter chapter) => new(chapter.StartMs / 1000.0, chapter.EndMs / 1000.0, chapter.Title);
}
