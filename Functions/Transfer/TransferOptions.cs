using System.ComponentModel.DataAnnotations;

namespace YouTubeDownloader.Transfer;

/// <summary>Settings under <c>Transfer</c> (app settings <c>Transfer__SegmentSizeBytes</c> …).</summary>
public sealed class TransferOptions
{
    public const string Section = "Transfer";

    /// <summary>Bytes per ranged request and per staged block. YouTube throttles long requests, so keep it near 10 MiB.</summary>
    [Range(64 * 1024, 100 * 1024 * 1024)]
    public int SegmentSizeBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>
    /// One-pass path: the video bytes of one block of the file (the audio block beside it covers the same time), at most
    /// a segment. Smaller interleaves video and audio more finely (a player reading front to back jumps less) at the cost
    /// of more block requests: 2 MiB is ~8 s of 720p at 2 Mb/s, the default (a segment) ~40 s.
    /// </summary>
    [Range(64 * 1024, 100 * 1024 * 1024)]
    public int OnePassBlockBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>
    /// Segment requests to the source at once, per download when its streams run together (else per stream), and as many
    /// segments staging at once: up to twice this many buffers in use.
    /// </summary>
    [Range(1, 32)]
    public int MaxParallelSegments { get; set; } = 4;

    /// <summary>
    /// Segment buffers of the whole worker process, in bytes: memory for segments never exceeds it, whatever the number
    /// of concurrent downloads; a transfer waits for a free buffer. Size it with the instance memory (see infra/).
    /// </summary>
    [Range(64 * 1024, long.MaxValue)]
    public long MaxBufferedBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>Tries per segment before the transfer fails (each resumes at the byte reached).</summary>
    [Range(1, 20)]
    public int MaxAttemptsPerSegment { get; set; } = 5;

    /// <summary>First wait between tries; it doubles, with jitter.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A read that brings no byte for this long counts as a dropped connection.</summary>
    public TimeSpan StallTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
