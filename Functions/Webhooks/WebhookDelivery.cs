using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Webhooks;

/// <summary>
/// One webhook to send: the body is fixed when the task ends, so every retry sends the same bytes, signature and key.
/// </summary>
/// <param name="Body">The task JSON exactly as <c>GET /api/downloads/{id}</c> showed it at its end.</param>
public sealed record WebhookDelivery(Guid TaskId, DownloadStatus Status, string CallbackUrl, string Body)
{
    public const string IdempotencyHeader = "Idempotency-Key";

    /// <summary><c>{task id}:{status}</c>: the same for every try of one end, so a receiver can drop repeats.</summary>
    public string IdempotencyKey => $"{TaskIds.Format(TaskId)}:{Status.ToString().ToLowerInvariant()}";
}
