using YouTubeDownloader.Delivery;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Media;
using YouTubeDownloader.Sources;

namespace YouTubeDownloader.Tests.Delivery;

/// <summary>What counts as the same file for reuse: video, type, the chosen streams with their lengths, and the file's chapters and subtitle tracks.</summary>
public sealed class StreamChoiceTests
{
    private static readonly MediaStreamInfo Video = new("137", MediaStreamKind.Video, "video/mp4", 52_428_800);
    private static readonly MediaStreamInfo Audio = new("140", MediaStreamKind.Audio, "audio/mp4", 3_407_872);

    [Fact]
    public void The_key_names_the_video_the_type_and_each_stream_with_its_length() =>
        StreamChoice.Of("dQw4w9WgXcQ", DownloadType.Video, [Video, Audio]).Should().Be("dQw4w9WgXcQ;video;137:52428800,140:3407872");

    [Fact]
    public void Another_type_length_stream_or_video_is_another_choice()
    {
        var key = StreamChoice.Of("dQw4w9WgXcQ", DownloadType.Audio, [Audio]);

        new[]
        {
            StreamChoice.Of("dQw4w9WgXcQ", DownloadType.Video, [Audio]),
            StreamChoice.Of("dQw4w9WgXcQ", DownloadType.Audio, [Audio with { ContentLength = 3_407_873 }]),
            StreamChoice.Of("dQw4w9WgXcQ", DownloadType.Audio, [Audio with { Id = "139" }]),
            StreamChoice.Of("aaaaaaaaaaa", DownloadType.Audio, [Audio]),
        }.Should().NotContain(key).And.OnlyHaveUniqueItems();
    }

    [Theory]
    [InlineData("dQw4w9WgXc-")]
    [InlineData("_bc-EFG_123")]
    public void The_key_holds_no_character_a_table_key_may_not(string videoId) =>
        StreamChoice.Of(videoId, DownloadType.Video, [Video, Audio]).Should().NotContainAny("/", "\\", "#", "?");

    [Fact]
    public void Chapters_and_subtitle_tracks_are_part_of_the_choice_and_none_keeps_the_old_key()
    {
        Chapter[] chapters = [new(0, 10_000, "A"), new(10_000, 30_000, "B")];
        var plain = StreamChoice.Of("dQw4w9WgXcQ", DownloadType.Video, [Video, Audio], [], []);
        var both = StreamChoice.Of("dQw4w9WgXcQ", DownloadType.Video, [Video, Audio], chapters, [new SubtitleTrack("en", "English", false), new SubtitleTrack("fr", "French", true)]);

        plain.Should().Be("dQw4w9WgXcQ;video;137:52428800,140:3407872");
        both.Should().MatchRegex(@"^dQw4w9WgXcQ;video;137:52428800,140:3407872;chapters-[0-9a-f]{8};subtitles-en,fr~auto$");
        new[]
        {
            both,
            StreamChoice.Of("dQw4w9WgXcQ", DownloadType.Video, [Video, Audio], [chapters[0], chapters[1] with { Title = "C" }], [new SubtitleTrack("en", "English", false), new SubtitleTrack("fr", "French", true)]),
            StreamChoice.Of("dQw4w9WgXcQ", DownloadType.Video, [Video, Audio], chapters, [new SubtitleTrack("en", "English", false)]),
            StreamChoice.Of("dQw4w9WgXcQ", DownloadType.Video, [Video, Audio], chapters, []),
        }.Should().OnlyHaveUniqueItems("another title, track or kind is another file");
    }

    [Fact]
    public void An_opus_file_is_another_choice_than_an_m4a_and_an_m4a_keeps_the_old_key()
    {
        MediaStreamInfo opus = new("251", MediaStreamKind.Audio, "audio/webm; codecs=\"opus\"", 3_100_000);

        StreamChoice.Of("dQw4w9WgXcQ", DownloadType.Audio, [Audio], audioFormat: AudioFormat.M4a).Should().Be("dQw4w9WgXcQ;audio;140:3407872");
        StreamChoice.Of("dQw4w9WgXcQ", DownloadType.Audio, [opus], audioFormat: AudioFormat.Opus).Should().Be("dQw4w9WgXcQ;audio;251:3100000;opus");
        StreamChoice.Of("dQw4w9WgXcQ", DownloadType.Audio, [opus], [new(0, 10_000, "A")], [], AudioFormat.Opus)
            .Should().MatchRegex(@"^dQw4w9WgXcQ;audio;251:3100000;chapters-[0-9a-f]{8};opus$");
    }
}
