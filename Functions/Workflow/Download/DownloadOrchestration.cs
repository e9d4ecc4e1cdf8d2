using YouTubeDownloader.Workflow.Webhook;
namespace YouTubeDownloader.Workflow.Download;

/// <summary>
/// The orchestrator's input. The retry settings travel with it because an orchestrator must not read
/// configuration: a setting changed between replays would change its decisions.
/// </summary>
/// <param name="Webhook">How to retry the end's webhook; null when the task has no <c>callback_url</c>.</param>
/// <param name="FinishInLastTransfer">True for every orchestration started now: the last stream's activity also assembles
/// and completes (<see cref="DownloadActivities.FinishDownload"/>). False (absent) in the input of one started before that,
/// whose history has the separate assembly and completion steps: it replays them as it ran them.</param>
/// <param name="TransfersInFinish">True for every orchestration started now: <see cref="DownloadActivities.FinishDownload"/>
/// fetches all the streams at once, with no activity of their own before it. False (absent) in the input of one started
/// before that, whose history has a transfer activity per stream but the last: it replays them as it ran them.</param>
public sealed record DownloadOrchestration(
    DownloadJob Job,
    int MaxActivityAttempts,
    TimeSpan FirstRetryInterval,
    WebhookRetry? Webhook = null,
    bool FinishInLastTransfer = false,
    bool TransfersInFinish = false);
