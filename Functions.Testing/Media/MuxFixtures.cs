using System.Collections.Concurrent;

namespace YouTubeDownloader.Testing.Media;

/// <summary>
/// Generates input pairs with ffmpeg into one temp folder per test run, each shape once however many tests use it.
/// </summary>
public static class MuxFixtures
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<MuxPair>>> Cache = new();

    public static string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("mux-fixtures-").FullName;

    public static Task<MuxPair> GetAsync(MuxShape shape) =>
        Cache.GetOrAdd(shape.Name, _ => new Lazy<Task<MuxPair>>(() => GenerateAsync(shape, Directory))).Value;

    /// <summary>
    /// One progressive MP4 holding video and audio, as YouTube's muxed itag 18 is: the <see cref="MuxShapes.ManyFragments"/> pair
    /// joined by ffmpeg with the 'moov' first (<paramref name="faststart"/>) or after the 'mdat'. Made once per run.
    /// </summary>
    public static async Task<string> MuxedAsync(bool faststart) =>
        (await Cache.GetOrAdd($"muxed-{faststart}", name => new Lazy<Task<MuxPair>>(async () =>
        {
            var pair = await GetAsync(MuxShapes.ManyFragments);
            var output = Path.Combine(Directory, $"{name}.mp4");
            await ExternalTool.FfmpegAsync($"-i {pair.Video} -i {pair.Audio} -map 0 -map 1 -c copy {(faststart ? "-movflags +faststart " : "")}{output}");
            return new MuxPair(name, output, output);
        })).Value).Video;

    /// <summary>Writes NAME.video.mp4 and NAME.audio.m4a into <paramref name="directory"/>.</summary>
    public static async Task<MuxPair> GenerateAsync(MuxShape shape, string directory, CancellationToken cancellationToken = default)
    {
        var pair = new MuxPair(shape.Name, Path.Combine(directory, $"{shape.Name}.video.mp4"), Path.Combine(directory, $"{shape.Name}.audio.m4a"));
        await ExternalTool.FfmpegAsync($"-f lavfi -i {shape.VideoSource} {shape.VideoArguments} -f mp4 {pair.Video}", cancellationToken);
        await ExternalTool.FfmpegAsync($"-f lavfi -i {shape.AudioSource} {shape.AudioArguments} -f mp4 {pair.Audio}", cancellationToken);
        return pair;
    }
}
