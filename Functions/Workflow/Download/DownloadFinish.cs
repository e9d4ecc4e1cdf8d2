namespace YouTubeDownloader.Workflow.Download;

/// <summary>Input of <see cref="DownloadActivities.FinishDownload"/>: the whole assembly (its last transfer is the one to run) and what the file holds.</summary>
/// <param name="StreamChoice">Which streams the file holds (<see cref="Delivery.StreamChoice"/>), so later tasks can reuse it.</param>
public sealed record DownloadFinish(FileAssembly Assembly, string StreamChoice);
