using YouTubeDownloader.Downloads;
using YouTubeDownloader.Sources;
using YouTubeDownloader.YouTube;
using YouTubeDownloader.YouTube.Wire;
using YouTubeDownloader.YouTube.Videos;

namespace YouTubeDownloader.Tests.YouTube.Videos;

public sealed class SubtitleSelectorTests
{
    // Shaped as the recorded player responses give them: runs or simpleText names, "asr" for automatic tracks.
    private static readonly IReadOnlyList<CaptionTrack> Captions = CaptionTrack.ListOf(PlayerResponse.Parse("""
        {"captions": {"playerCaptionsTracklistRenderer": {"captionTracks": [
          {"baseUrl": "https://www.youtube.com/api/timedtext?v=x&lang=en", "languageCode": "en", "name": {"runs": [{"text": "English"}]}},
          {"baseUrl": "https://www.youtube.com/api/timedtext?v=x&lang=en&kind=asr", "languageCode": "en", "kind": "asr", "name": {"runs": [{"text": "English (auto-generated)"}]}},
          {"baseUrl": "https://www.youtube.com/api/timedtext?v=x&lang=fr&kind=asr", "languageCode": "fr", "kind": "asr", "name": {"simpleText": "French (auto-generated)"}},
          {"baseUrl": "https://www.youtube.com/api/timedtext?v=x&lang=es", "languageCode": "es", "name": {"simpleText": "Spanish"}}
        ]}}}
        """));

    [Fact]
    public void Asked_languages_keep_their_order_take_the_written_track_and_leave_out_what_the_video_lacks()
    {
        SubtitleSelector.Select(Captions, new SubtitleChoice(["es", "de", "EN", "fr"], Auto: false)).Should().Equal(
            new SubtitleTrack("es", "Spanish", false),
            new SubtitleTrack("en", "English", false));
    }

    [Fact]
    public void Automatic_captions_stand_in_only_when_asked()
    {
        SubtitleSelector.Select(Captions, new SubtitleChoice([SubtitleChoice.AllText], Auto: true)).Should().Equal(
            new SubtitleTrack("en", "English", false),
            new SubtitleTrack("fr", "French (auto-generated)", true),
            new SubtitleTrack("es", "Spanish", false));
        SubtitleSelector.Select(Captions, null).Should().BeEmpty();
    }
}
