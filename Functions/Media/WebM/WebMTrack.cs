namespace YouTubeDownloader.Media.WebM;

/// <summary>The audio track of a WebM as its TrackEntry describes it.</summary>
/// <param name="CodecPrivate">For Opus, the identification header (<c>OpusHead</c>, RFC 7845 section 5.1); empty when absent.</param>
/// <param name="CodecDelayNs">Samples to drop at the start, in nanoseconds (Opus: the pre-skip).</param>
public sealed record WebMTrack(ulong Number, string CodecId, byte[] CodecPrivate, ulong CodecDelayNs, int Channels);
