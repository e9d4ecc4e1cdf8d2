using YouTubeDownloader.Downloads;
using YouTubeDownloader.Sources;
using YouTubeDownloader.YouTube.Wire;

namespace YouTubeDownloader.YouTube.Videos;

/// <summary>
/// Which of a video's caption tracks a request gets: per language one track, the written one when there is one, else the
/// automatic one if the request allows it. Asked languages keep the request's order; <c>all</c> keeps YouTube's.
/// A language the video lacks is simply absent.
/// </summary>
public static class SubtitleSelector
{
    public static IReadOnlyList<SubtitleTrack> Select(IReadOnlyList<CaptionTrack> captions, SubtitleChoice? choice)
    {
        if (choice is null)
        {
            return [];
        }

        var usable = captions
            .Where(c => !string.IsNullOrEmpty(c.BaseUrl) && SubtitleChoice.IsLanguageCode(c.LanguageCode) && (choice.Auto || !c.IsAutomatic))
            .ToList();
        var languages = choice.All
            ? usable.Select(c => c.LanguageCode!).Distinct(StringComparer.OrdinalIgnoreCase)
            : choice.Languages;
        var tracks = new List<SubtitleTrack>();
        foreach (var language in languages)
        {
            var candidates = usable.Where(c => string.Equals(c.LanguageCode, language, StringComparison.OrdinalIgnoreCase)).ToList();
            if ((candidates.FirstOrDefault(c => !c.IsAutomatic) is { BaseUrl: not null } written ? written : candidates.FirstOrDefault()) is { BaseUrl: not null } track)
            {
                tracks.Add(new SubtitleTrack(track.LanguageCode!, track.Name ?? track.LanguageCode!, track.IsAutomatic));
            }
        }

        return tracks;
    }

    /// <summary>The caption track a selected one came from, or none when YouTube no longer lists it.</summary>
    public static CaptionTrack? Find(IReadOnlyList<CaptionTrack> captions, SubtitleTrack track) =>
        captions.Where(c => string.Equals(c.LanguageCode, track.Lang, StringComparison.OrdinalIgnoreCase) && c.IsAutomatic == track.Auto && c.BaseUrl is not null)
            .Select(c => (CaptionTrack?)c)
            .FirstOrDefault();
}
