namespace YouTubeDownloader.Media;

/// <summary>A subtitle track to write into a file as a 3GPP timed text ('tx3g', ffmpeg's mov_text) track.</summary>
/// <param name="Language">The source's code (<c>en</c>, <c>pt-BR</c>); the file holds its ISO 639-2/T form.</param>
/// <param name="Name">For people (<c>English</c>): the track's handler name, which players and ffprobe show.</param>
public sealed record TextTrack(string Language, string Name, IReadOnlyList<TextCue> Cues);
