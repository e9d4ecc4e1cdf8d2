using System.Collections.Concurrent;

namespace YouTubeDownloader.Testing.Media;

/// <summary>
/// WebM Opus streams as YouTube's itag 251 is, made with ffmpeg once per test run: libopus when this ffmpeg has it,
/// else its native encoder. Durations that are no whole number of 20 ms frames make the last block carry DiscardPadding.
/// </summary>
public static class OpusFixtures
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<string>>> Cache = new();
    private static readonly Lazy<Task<string>> Encoder = new(ChooseEncoderAsync);

    /// <summary>A stereo 440/660 Hz tone of 3.3 s at 160 kbps.</summary>
    public static Task<string> StereoAsync() => GetAsync("stereo", "sine=frequency=440:duration=3.3:sample_rate=48000", "aevalsrc=sin(660*2*PI*t):d=3.3:s=48000", 160);

    /// <summary>Mono noise of 7.05 s at 64 kbps: many clusters, SILK/hybrid-free CELT frames of varying size.</summary>
    public static Task<string> MonoAsync() => GetAsync("mono", "anoisesrc=d=7.05:c=pink:r=48000:a=0.3", null, 64);

    public static string Directory => MuxFixtures.Directory;

    private static Task<string> GetAsync(string name, string left, string? right, int kbps) =>
        Cache.GetOrAdd(name, _ => new Lazy<Task<string>>(async () =>
        {
            var output = Path.Combine(Directory, $"{name}.webm");
            var inputs = right is null
                ? $"-f lavfi -i {left} -ac 1"
                : $"-f lavfi -i {left} -f lavfi -i {right} -filter_complex [0:a][1:a]amerge=inputs=2[a] -map [a] -ac 2";
            await ExternalTool.FfmpegAsync($"{inputs} {await Encoder.Value} -b:a {kbps}k -f webm {output}");
            return output;
        })).Value;

    private static async Task<string> ChooseEncoderAsync()
    {
        var (encoders, _) = await ExternalTool.RunAsync("ffmpeg", ["-hide_banner", "-encoders"]);
        return encoders.Contains(" libopus ", StringComparison.Ordinal) ? "-c:a libopus" : "-c:a opus -strict -2";
    }
}
