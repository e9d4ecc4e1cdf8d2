namespace YouTubeDownloader.Testing.Media;

/// <summary>The input shapes the remuxer is tested on: small clips (2–4 s, 320x180) so the suite stays fast.</summary>
public static class MuxShapes
{
    private const string Video30 = "testsrc2=size=320x180:rate=30:duration=2";
    private const string Audio48 = "sine=frequency=440:sample_rate=48000:duration=2";
    private const string X264 = "-c:v libx264 -preset ultrafast -g 30 -pix_fmt yuv420p";
    private const string Aac = "-c:a aac -b:a 64k";
    private const string Dash = "-movflags +dash+global_sidx";

    /// <summary>Audio has no keyframes to cut on, so DASH audio gets fragments of 0.5 s by duration, as YouTube's have.</summary>
    private const string AudioDash = "-movflags +dash+global_sidx -frag_duration 500000";

    /// <summary>No frag_keyframe: fragments are cut every 0.2 s whatever the frame, so most start on a non-keyframe.</summary>
    private const string SmallFragments = "-movflags +empty_moov+default_base_moof -frag_duration 200000";

    /// <summary>Without default_base_moof ffmpeg writes an explicit base_data_offset in every 'tfhd'.</summary>
    private const string ExplicitBase = "-movflags +frag_keyframe+empty_moov";

    public static readonly MuxShape DashSidx = new("dash_sidx", Video30, $"{X264} {Dash}", Audio48, $"{Aac} {AudioDash}");

    /// <summary>12 video fragments of 0.5 s, each far larger than a small read buffer: shows the header pass is sparse.</summary>
    public static readonly MuxShape ManyFragments = new(
        "many_fragments", "testsrc2=size=320x180:rate=30:duration=6", "-c:v libx264 -preset ultrafast -g 15 -pix_fmt yuv420p " + Dash,
        "sine=frequency=440:sample_rate=48000:duration=6", $"{Aac} {AudioDash}");

    public static readonly IReadOnlyList<MuxShape> All =
    [
        DashSidx,
        ManyFragments,
        new("small_fragments", Video30, $"{X264} {SmallFragments}", Audio48, $"{Aac} {SmallFragments}"),
        new("explicit_base_offsets", Video30, $"{X264} {ExplicitBase}", Audio48, $"{Aac} {ExplicitBase}"),
        new("b_frames", Video30, "-c:v libx264 -preset veryfast -bf 3 -g 30 -pix_fmt yuv420p " + Dash, Audio48, $"{Aac} {AudioDash}"),
        new("fps60", "testsrc2=size=320x180:rate=60:duration=2", $"{X264} {Dash}", Audio48, $"{Aac} {AudioDash}"),
        new("video_timescale_90k", Video30, $"{X264} -video_track_timescale 90000 {Dash}", Audio48, $"{Aac} {AudioDash}"),
        new("audio_22k_mono", Video30, $"{X264} {Dash}", "sine=frequency=300:sample_rate=22050:duration=2", $"{Aac} -ac 1 {AudioDash}"),
        new("av1", Video30, $"-c:v libsvtav1 -preset 12 -g 30 -pix_fmt yuv420p {Dash}", Audio48, $"{Aac} {AudioDash}"),
        new("progressive", Video30, X264, Audio48, Aac),
        new("progressive_faststart", Video30, $"-c:v libx264 -preset veryfast -bf 2 -g 30 -pix_fmt yuv420p -movflags +faststart", Audio48, $"{Aac} -movflags +faststart"),
        new("audio_longer_than_video", Video30, $"{X264} {Dash}", "sine=frequency=440:sample_rate=48000:duration=4", $"{Aac} {AudioDash}"),
    ];
}
