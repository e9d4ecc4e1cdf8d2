using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using YouTubeDownloader.Api.Contract;
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
        CancellationToken cancellationToken) =>
        await SubscriptionResponse.ForIdAsync(
            id, subscriptionId => subscriptions.CheckNowAsync(client, subscriptionId, cancellationToken), options.CurrentValue.MaxActive, StatusCodes.Status202Accepted);
}
