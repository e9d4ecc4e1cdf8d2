using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using YouTubeDownloader.Api.Contract;
using YouTubeDownloader.Api.Errors;
using YouTubeDownloader.Commands;
using YouTubeDownloader.Subscriptions;

namespace YouTubeDownloader.Api.Routes;

/// <summary><c>POST /api/subscriptions/{id}/check</c>: checks now: the wait before the next check ends at once → 202 with the subscription; 409 <c>subscription_not_active</c> when paused or stopped by an error.</summary>
public sealed class CheckSubscriptionFunction(SubscriptionCommands subscriptions, IOptionsMonitor<SubscriptionOptions> options)
{
    [Function("CheckSubscriptionNow")]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "subscriptions/{id}/check")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string id,
        CancellationToken cancellationToken)
    {
        if (!DownloadId.TryParse(id, out var subscriptionId))
        {
            return SubscriptionErrors.NotFound();
        }

        var result = await subscriptions.CheckNowAsync(client, subscriptionId, cancellationToken);
        return SubscriptionResponse.From(result, options.CurrentValue.MaxActive, StatusCodes.Status202Accepted);
    }
}
