namespace YouTubeDownloader.Media;

/// <summary>
/// One media sample as the output tables need it: where its bytes are in the input, how long it lasts (media timescale),
/// its composition offset (B-frames), whether it is a sync sample, and its 1-based sample description index.
/// 24 bytes, so a 2-hour video plus audio (about 550,000 samples) costs about 13 MB.
/// </summary>
internal readonly record struct Sample(long Offset, uint Size, uint Duration, int CompositionOffset, ushort DescriptionIndex, bool IsSync);
