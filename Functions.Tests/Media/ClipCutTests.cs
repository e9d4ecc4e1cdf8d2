using YouTubeDownloader.Media;
using YouTubeDownloader.Media.IsoBmff;

namespace YouTubeDownloader.Tests.Media;

/// <summary>The choice of a clip's samples and edits, on tracks built sample by sample.</summary>
public sealed class ClipCutTests
{
    [Fact]
    public void Video_starts_at_the_keyframe_before_the_start_and_the_edit_trims_to_the_start()
    {
        // 30 fps on a 90 kHz timescale (3,000 ticks a frame), a keyframe every second.
        var video = Track(isVideo: true, 90_000, frames: 300, duration: 3_000, syncEvery: 30);
        var audio = Track(isVideo: false, 48_000, frames: 470, duration: 1_024);

        var ranges = ClipCut.Select([video, audio], 2_500, 4_000);

        ranges[0].From.Should().Be(60, "the keyframe at 2 s");
        ranges[0].To.Should().Be(120, "frames up to the last shown before 4 s (frame 119 at 3.967 s)");
        ranges[0].MediaTime.Should().Be(45_000, "0.5 s after the keyframe");
        ranges[0].DurationMs.Should().Be(1_500);
        ranges[1].From.Should().Be(93, "the AAC frame playing at 2 s (frame 93 spans 1.984–2.005 s)");
        ranges[1].To.Should().Be(188, "the frame playing at 4 s ends it (frame 187 starts at 3.989 s)");
        ranges[1].MediaTime.Should().Be(24_000 - (93 * 1_024 - 96_000), "the start, counted from frame 93's start");
        ranges[1].DurationMs.Should().Be(1_500);
    }

    [Fact]
    public void A_start_on_a_keyframe_needs_no_trim_and_fragments_far_into_the_stream_keep_their_times()
    {
        // As a one-pass clip's replay: the first sample decodes at 10 s (its 'tfdt'), not 0.
        var video = Track(isVideo: true, 1_000, frames: 100, duration: 40, syncEvery: 25, firstDecode: 10_000);

        var range = ClipCut.Select([video], 11_000, 12_000)[0];

        range.From.Should().Be(25);
        range.To.Should().Be(50);
        range.MediaTime.Should().Be(0);
        range.DurationMs.Should().Be(1_000);
    }

    [Fact]
    public void The_input_edit_and_b_frame_delay_place_the_start()
    {
        // B-frames: every frame shown 2 frames after it decodes, which the input's edit (media time 2 frames) undoes.
        var video = Track(isVideo: true, 1_000, frames: 100, duration: 40, syncEvery: 25, compositionOffset: 80, edits: [new EditEntry(4_000, 80, 0x10000)]);

        var range = ClipCut.Select([video], 1_000, 2_000)[0];

        range.From.Should().Be(25, "the keyframe decoded at 1 s is shown at 1 s");
        range.MediaTime.Should().Be(80, "the start is composed 80 ticks after the keyframe decodes");
    }

    [Fact]
    public void A_span_past_the_samples_is_cut_to_what_there_is()
    {
        var audio = Track(isVideo: false, 1_000, frames: 10, duration: 100);

        var range = ClipCut.Select([audio], 500, 5_000)[0];

        range.From.Should().Be(5);
        range.To.Should().Be(10);
        range.DurationMs.Should().Be(500);
    }

    [Fact]
    public void Applying_keeps_only_the_range_timed_from_zero_with_one_edit()
    {
        var video = Track(isVideo: true, 1_000, frames: 100, duration: 40, syncEvery: 25, firstDecode: 10_000);
        var range = ClipCut.Select([video], 11_500, 12_000)[0];

        var clipped = ClipCut.Apply(video, range);

        clipped.Samples.Count.Should().Be(range.To - range.From);
        clipped.Samples[0].IsSync.Should().BeTrue();
        clipped.MediaDuration.Should().Be((ulong)(40 * clipped.Samples.Count));
        clipped.MediaBytes.Should().Be(clipped.Samples.Sum(s => (long)s.Size));
        clipped.Edits.Should().Equal(new EditEntry(500, 500, 0x10000));
        clipped.MovieTimescale.Should().Be(MovieWriter.MovieTimescale);
    }

    [Fact]
    public void Chapters_and_cues_are_cut_to_the_span_and_moved_to_its_start()
    {
        var clip = new MediaClip(60_000, 150_000);

        clip.Cut([new Chapter(0, 30_000, "Intro"), new Chapter(30_000, 90_000, "Middle"), new Chapter(90_000, 200_000, "End")])
            .Should().Equal(new Chapter(0, 30_000, "Middle"), new Chapter(30_000, 90_000, "End"));
        clip.Cut(new TextTrack("en", "English", [new TextCue(1_000, 2_000, "before"), new TextCue(59_000, 61_000, "across"), new TextCue(149_000, 151_000, "last")]))
            .Cues.Should().Equal(new TextCue(0, 1_000, "across"), new TextCue(89_000, 90_000, "last"));
    }

    private static InputTrack Track(
        bool isVideo, uint timescale, int frames, uint duration, int syncEvery = 1, ulong firstDecode = 0, int compositionOffset = 0, EditEntry[]? edits = null)
    {
        var track = new InputTrack
        {
            Stream = Stream.Null,
            MovieTimescale = 1_000,
            Header = new TrackHeaderBox(1, 0, 0, 0, new byte[TrackHeaderBox.MatrixLength], 0, 0),
            Media = new MediaHeaderBox(timescale, 0),
            Handler = new HandlerBox(isVideo ? BoxTypes.HandlerVideo : BoxTypes.HandlerSound, []),
            MediaInformationHeader = null,
            SampleDescriptions = [],
            SampleDescriptionCount = 1,
            Edits = edits ?? [],
            FirstDecodeTime = firstDecode,
        };
        for (var i = 0; i < frames; i++)
        {
            track.Samples.Add(new Sample(i * 100L, 100, duration, compositionOffset, 1, i % syncEvery == 0));
            track.CompositionStart = Math.Min(track.CompositionStart, (i * duration) + compositionOffset);
            track.MediaDuration += duration;
        }

        return track;
    }
}
