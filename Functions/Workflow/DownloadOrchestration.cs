namespace YouTubeDownloader.Workflow;

/// <summary>
/// The orchestrator's input. The retry settings travel with it because an orchestrator must not read
/// configuration: a setting changed between replays would change its decisions.
/// </summary>
public sealed record DownloadOrchestration(DownloadJob Job, int MaxActivityAttempts, TimeSpan FirstRetryInterval);
