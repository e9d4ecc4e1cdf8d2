namespace YouTubeDownloader.Media.IsoBmff;

/// <summary>
/// One 'sidx' reference: a byte range holding media (moof+mdat) or, when <paramref name="IsIndex"/>, another 'sidx'.
/// <paramref name="Duration"/> is in the index's timescale.
/// </summary>
internal readonly record struct SegmentReference(long Offset, long Size, uint Duration = 0, bool IsIndex = false);
