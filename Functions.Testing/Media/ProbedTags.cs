namespace YouTubeDownloader.Testing.Media;

/// <summary>What ffprobe reads of a file's metadata: the format tags, and the codec of each attached picture (cover).</summary>
public sealed record ProbedTags(IReadOnlyDictionary<string, string> Format, IReadOnlyList<string> AttachedPictures);
