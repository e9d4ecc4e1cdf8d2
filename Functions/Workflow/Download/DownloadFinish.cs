namespace YouTubeDownloader.Workflow.Download;

/// <summary>Input of <see cref="DownloadActivities.FinishDownload"/>: the whole assembly and what the file holds.</summary>
/// <param name="StreamChoice">Which streams the file holds (<see cref="Delivery.StreamChoice"/>), so later tasks can reuse it.</param>
/// <param name="AllStreams">True: every stream is fetched here, all at once; false (absent in a message sent before that):
/// only the last one, the others having had activities of their own.</param>
public sealed record DownloadFinish(FileAssembly Assembly, string StreamChoice, bool AllStreams = false);
