using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Workflow.Webhook;

/// <summary>A task reached its end <paramref name="Status"/>: tell its callback. Input of <see cref="WebhookOrchestrator"/>.</summary>
public sealed record WebhookNotice(Guid TaskId, DownloadStatus Status, WebhookRetry Retry);
