namespace YouTubeDownloader.Workflow.Webhook;

/// <summary>How a webhook is retried (<c>Webhooks__MaxAttempts</c>, <c>Webhooks__FirstRetryInterval</c>); travels in the orchestration's input.</summary>
public sealed record WebhookRetry(int MaxAttempts, TimeSpan FirstRetryInterval);
