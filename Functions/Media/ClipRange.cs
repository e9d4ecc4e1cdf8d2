namespace YouTubeDownloader.Media;

/// <summary>
/// What a clip keeps of one track: samples [<paramref name="From"/>, <paramref name="To"/>) in decode order, and the edit
/// that presents the asked span: from <paramref name="MediaTime"/> (the track's timescale, counted from the first kept
/// sample's decode time) for <paramref name="DurationMs"/>.
/// </summary>
internal readonly record struct ClipRange(int From, int To, long MediaTime, ulong DurationMs);
