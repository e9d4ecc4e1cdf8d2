namespace YouTubeDownloader.Media;

/// <summary>One subtitle cue: shown from <paramref name="StartMs"/> to <paramref name="EndMs"/> (milliseconds), plain text, lines split by '\n'.</summary>
public sealed record TextCue(long StartMs, long EndMs, string Text);
