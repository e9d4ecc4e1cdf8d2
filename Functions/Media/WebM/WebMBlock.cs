namespace YouTubeDownloader.Media.WebM;

/// <summary>One SimpleBlock or BlockGroup of the chosen track: its frames (laced blocks hold several) and the padding to discard.</summary>
/// <param name="DiscardPaddingNs">Nanoseconds of decoded audio to drop from the end of this block (the last one's end trimming); 0 for none.</param>
public sealed record WebMBlock(IReadOnlyList<ReadOnlyMemory<byte>> Frames, long DiscardPaddingNs);
