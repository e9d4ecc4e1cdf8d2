using System.Text.Json;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Views;
using YouTubeDownloader.Webhooks;

namespace YouTubeDownloader.Workflow.Webhook;

/// <summary>The two steps of a webhook (<see cref="WebhookOrchestrator.NotifyAsync"/>): fix what to send, then send it.</summary>
public sealed class WebhookActivities(DownloadQueries downloads, WebhookSender sender, ILogger<WebhookActivities> logger)
{
    /// <summary>
    /// The delivery for the task's end: its JSON as the status route shows it now. Null when there is nothing to tell: no
    /// callback, the task removed, or already running again (a retry), whose own end will be told. A playlist task is sent
    /// as its entries make it (<see cref="DownloadQueries.GetAsync"/>), as the status route shows it.
    /// </summary>
    [Function(nameof(PrepareWebhook))]
    public async Task<WebhookDelivery?> PrepareWebhook([ActivityTrigger] WebhookNotice notice, CancellationToken cancellationToken)
    {
        var task = await downloads.GetAsync(notice.TaskId, cancellationToken);
        if (task is not { CallbackUrl: { } callback } || task.Status != notice.Status)
        {
            logger.LogInformation("Task {TaskId}: no {Status} webhook to send (task {State})", notice.TaskId, notice.Status, task?.Status.ToString() ?? "removed");
            return null;
        }

        return new WebhookDelivery(task.Id, task.Status, callback, JsonSerializer.Serialize(TaskView.From(task), ContractJson.Options));
    }

    [Function(nameof(DeliverWebhook))]
    public async Task DeliverWebhook([ActivityTrigger] WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        await sender.SendAsync(delivery, cancellationToken);
        logger.LogInformation("Task {TaskId}: {Status} webhook delivered", delivery.TaskId, delivery.Status);
    }
}
