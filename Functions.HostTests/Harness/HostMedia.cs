using YouTubeDownloader.Testing.Media;

namespace YouTubeDownloader.HostTests.Harness;

/// <summary>Real DASH streams made with ffmpeg once per run, the shape YouTube serves (fragmented, with a <c>sidx</c>).</summary>
public static class HostMedia
{
    private const string Dash = "-movflags +dash+global_sidx";
    private const string AudioDash = "-c:a aac -b:a 64k -movflags +dash+global_sidx -frag_duration 500000";

    /// <summary>30 s at 640x360: about 7.5 MB of video and 250 KB of audio.</summary>
    public static Task<MuxPair> Small => MuxFixtures.GetAsync(new MuxShape(
        "host_small",
        "testsrc2=size=640x360:rate=30:duration=30", $"-c:v libx264 -preset ultrafast -g 30 -pix_fmt yuv420p {Dash}",
        "sine=frequency=440:sample_rate=48000:duration=30", AudioDash));

    /// <summary>160 s of nearly lossless 720p: about 300 MB of video, the one-pass issue's measured case.</summary>
    public static Task<MuxPair> Big => MuxFixtures.GetAsync(new MuxShape(
        "host_big",
        "testsrc2=size=1280x720:rate=30:duration=160", $"-c:v libx264 -preset ultrafast -qp 6 -g 60 -pix_fmt yuv420p {Dash}",
        "sine=frequency=440:sample_rate=48000:duration=160", AudioDash));

    /// <summary>20 s of nearly lossless 720p: about 37 MB of video, so default 10 MiB segments all run in parallel.</summary>
    public static Task<MuxPair> Large => MuxFixtures.GetAsync(new MuxShape(
        "host_large",
        "testsrc2=size=1280x720:rate=30:duration=20", $"-c:v libx264 -preset ultrafast -qp 6 -g 30 -pix_fmt yuv420p {Dash}",
        "sine=frequency=440:sample_rate=48000:duration=20", AudioDash));
}
