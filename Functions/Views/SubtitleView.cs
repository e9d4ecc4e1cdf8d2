using YouTubeDownloader.Downloads;
using YouTubeDownloader.Sources;

namespace YouTubeDownloader.Views;

/// <summary>One of the task's <c>subtitles</c>: the language code (the one <c>/api/download/{id}/subtitles/{lang}</c> takes), its name, and whether YouTube made it automatically.</summary>
public sealed record SubtitleView(string Lang, string Name, bool Auto)
{
    public static SubtitleView From(SubtitleTrack track) => new(track.Lang, track.Name, track.Auto);
}
