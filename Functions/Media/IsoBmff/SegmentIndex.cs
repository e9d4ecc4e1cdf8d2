namespace YouTubeDownloader.Media.IsoBmff;

/// <summary>A read 'sidx' (8.16.3): the references and the time base their durations count in.</summary>
internal sealed record SegmentIndex(uint Timescale, ulong EarliestPresentationTime, SegmentReference[] References);
