namespace YouTubeDownloader.Media.IsoBmff;

/// <summary>The sample_flags word of fragments (8.8.3.1).</summary>
internal static class SampleFlags
{
    /// <summary>sample_is_non_sync_sample: set on every sample that is not a random access point.</summary>
    public const uint NonSync = 0x0001_0000;

    public static bool IsSync(uint flags) => (flags & NonSync) == 0;
}
