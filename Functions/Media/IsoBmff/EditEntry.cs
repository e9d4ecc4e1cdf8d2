namespace YouTubeDownloader.Media.IsoBmff;

/// <summary>One 'elst' entry (8.6.6): a segment of the movie timeline mapped to a media time (-1: empty edit).</summary>
internal readonly record struct EditEntry(ulong SegmentDuration, long MediaTime, uint MediaRate);
