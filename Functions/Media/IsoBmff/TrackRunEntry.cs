namespace YouTubeDownloader.Media.IsoBmff;

/// <summary>One sample of a track run, defaults already applied.</summary>
internal readonly record struct TrackRunEntry(uint Duration, uint Size, uint Flags, int CompositionOffset);
