using YouTubeDownloader.Workflow.Webhook;
namespace YouTubeDownloader.Workflow.Download;

/// <summary>
/// The orchestrator's input. The retry settings travel with it because an orchestrator must not read
/// configuration: a setting changed between replays would change its decisions.
/// </summary>
/// <param name="Webhook">How to retry the end's webhook; null when the task has no <c>callback_url</c>.</param>
public sealed record DownloadOrchestration(DownloadJob Job, int MaxActivityAttempts, TimeSpan FirstRetryInterval, WebhookRetry? Webhook = null);
