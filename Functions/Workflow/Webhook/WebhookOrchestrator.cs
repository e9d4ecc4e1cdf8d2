using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;

namespace YouTubeDownloader.Workflow.Webhook;

/// <summary>
/// A task's end, POSTed to its <c>callback_url</c>: the body is fixed once, then sent until the receiver answers 2xx or the
/// attempts run out (at least once, so receivers drop repeats by <c>Idempotency-Key</c>). The download workflow runs these
/// steps itself when it ends a task; this orchestration runs them for a cancel, which ends the task outside that workflow.
/// </summary>
public static class WebhookOrchestrator
{
    [Function(nameof(WebhookOrchestrator))]
    public static async Task RunAsync([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        var notice = context.GetInput<WebhookNotice>()
            ?? throw new InvalidOperationException("The webhook orchestration needs its input.");
        await NotifyAsync(context, notice);
    }

    /// <summary>Sends the notice; a delivery that fails every attempt is logged, never thrown: the task's own end stands.</summary>
    public static async Task NotifyAsync(TaskOrchestrationContext context, WebhookNotice notice)
    {
        var bookkeeping = RetryPolicies.Bookkeeping;
        var delivery = RetryPolicies.Webhook(notice.Retry);
        try
        {
            var webhook = await context.CallActivityAsync<Webhooks.WebhookDelivery?>(nameof(WebhookActivities.PrepareWebhook), notice, bookkeeping);
            if (webhook is not null)
            {
                await context.CallActivityAsync(nameof(WebhookActivities.DeliverWebhook), webhook, delivery);
            }
        }
        catch (TaskFailedException e)
        {
            context.CreateReplaySafeLogger(nameof(WebhookOrchestrator)).LogWarning(
                "Task {TaskId}: the {Status} webhook was given up after {Attempts} attempts: {ErrorType}: {ErrorMessage}",
                notice.TaskId, notice.Status, notice.Retry.MaxAttempts, e.FailureDetails.ErrorType, e.FailureDetails.ErrorMessage);
        }
    }
}
