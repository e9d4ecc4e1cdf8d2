namespace YouTubeDownloader.Media.IsoBmff;

/// <summary>One 'sidx' reference: a byte range holding media (moof+mdat) or another 'sidx'.</summary>
internal readonly record struct SegmentReference(long Offset, long Size);
