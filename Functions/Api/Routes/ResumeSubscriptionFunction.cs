using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using YouTubeDownloader.Api.Contract;
using YouTubeDownloader.Commands;
using YouTubeDownloader.Subscriptions;

namespace YouTubeDownloader.Api.Routes;

/// <summary><c>POST /api/subscriptions/{id}/resume</c>: makes a paused or failed subscription active again, with a check at once → the subscription; 409 <c>subscription_limit</c> at <c>Subscriptions__MaxActive</c>.</summary>
public sealed class ResumeSubscriptionFunction(SubscriptionCommands subscriptions, IOptionsMonitor<SubscriptionOptions> options)
{
    [Function("ResumeSubscription")]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "subscriptions/{id}/resume")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string id,
        CancellationToken cancellationToken) =>
        await SubscriptionResponse.ForIdAsync(
            id, subscriptionId => subscriptions.ResumeAsync(client, subscriptionId, cancellationToken), options.CurrentValue.MaxActive, StatusCodes.Status200OK);
}
