using System.Globalization;
using YouTubeDownloader.Testing.Media;

namespace YouTubeDownloader.Benchmarks;

/// <summary>
/// Making the long pair cheaply: encode one minute of 1080p30 (testsrc2, x264 ultrafast, ~500 kb/s, keyframe every
/// 2 s) and one minute of 48 kHz AAC, then loop each with stream copy into DASH files of the wanted length.
/// The result has a realistic sample and fragment count (216,000 video samples, 3,600 video fragments for 2 hours).
/// </summary>
public sealed partial class MuxBenchmark
{
    private const int ClipSeconds = 60;

    internal static async Task<MuxPair> EnsureInputsAsync(string directory, double hours)
    {
        var tag = hours.ToString("0.###", CultureInfo.InvariantCulture) + "h";
        var pair = new MuxPair(tag, Path.Combine(directory, $"long{tag}.video.mp4"), Path.Combine(directory, $"long{tag}.audio.m4a"));
        if (File.Exists(pair.Video) && File.Exists(pair.Audio))
        {
            Console.WriteLine($"reusing {pair.Video} and {pair.Audio}");
            return pair;
        }

        var loops = (int)Math.Ceiling(hours * 3600 / ClipSeconds) - 1;
        var videoClip = Path.Combine(directory, "clip.video.mp4");
        var audioClip = Path.Combine(directory, "clip.audio.m4a");
        Console.WriteLine($"generating {hours} h pair in {directory} ...");
        await ExternalTool.FfmpegAsync($"-f lavfi -i testsrc2=size=1920x1080:rate=30:duration={ClipSeconds} -c:v libx264 -preset ultrafast -b:v 500k -maxrate 500k -bufsize 1M -g 60 -pix_fmt yuv420p {videoClip}");
        await ExternalTool.FfmpegAsync($"-f lavfi -i sine=frequency=440:sample_rate=48000:duration={ClipSeconds} -c:a aac -b:a 128k {audioClip}");
        await ExternalTool.FfmpegAsync($"-stream_loop {loops} -i {videoClip} -c copy -movflags +dash+global_sidx -f mp4 {pair.Video}.part");
        await ExternalTool.FfmpegAsync($"-stream_loop {loops} -i {audioClip} -c copy -movflags +dash+global_sidx -frag_duration 5000000 -f mp4 {pair.Audio}.part");
        File.Move(pair.Video + ".part", pair.Video);
        File.Move(pair.Audio + ".part", pair.Audio);
        return pair;
    }
}
