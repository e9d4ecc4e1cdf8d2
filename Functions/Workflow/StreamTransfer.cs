using YouTubeDownloader.Resolution;

namespace YouTubeDownloader.Workflow;

/// <summary>Input of <see cref="DownloadActivities.TransferStream"/>: one stream of a plan and where it goes.</summary>
public sealed record StreamTransfer(DownloadJob Job, MediaStreamInfo Stream, string BlobName, long BytesBefore, long TotalBytes);
