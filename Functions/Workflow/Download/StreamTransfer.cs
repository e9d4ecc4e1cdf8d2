using YouTubeDownloader.Sources;

namespace YouTubeDownloader.Workflow.Download;

/// <summary>Input of <see cref="DownloadActivities.TransferStream"/>: one stream of a plan and where it goes.</summary>
/// <param name="TableBlobName">One-pass only: the blob of the stream's sample entries; <paramref name="BlobName"/> is then the file.</param>
/// <param name="Windows">One-pass only: the time windows (seconds) the stream is cut on, shared by all streams of the file.</param>
public sealed record StreamTransfer(
    DownloadJob Job,
    MediaStreamInfo Stream,
    string BlobName,
    long BytesBefore,
    long TotalBytes,
    string? TableBlobName = null,
    IReadOnlyList<double>? Windows = null);
