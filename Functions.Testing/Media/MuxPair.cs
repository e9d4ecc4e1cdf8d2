namespace YouTubeDownloader.Testing.Media;

/// <summary>A video-only and an audio-only input file that belong together.</summary>
public sealed record MuxPair(string Name, string Video, string Audio)
{
    /// <summary>Every NAME.video.mp4 with a NAME.audio.m4a beside it in <paramref name="directory"/>.</summary>
    public static IReadOnlyList<MuxPair> FindIn(string directory) =>
        System.IO.Directory.EnumerateFiles(directory, "*.video.mp4")
            .Select(video => (video, name: Path.GetFileName(video)[..^".video.mp4".Length]))
            .Select(x => new MuxPair(x.name, x.video, Path.Combine(directory, x.name + ".audio.m4a")))
            .Where(pair => File.Exists(pair.Audio))
            .OrderBy(pair => pair.Name, StringComparer.Ordinal)
            .ToList();

    public override string ToString() => Name;
}
