using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using YouTubeDownloader.Api.Contract;
using YouTubeDownloader.Commands;
using YouTubeDownloader.Subscriptions;

namespace YouTubeDownloader.Api.Routes;

/// <summary><c>POST /api/subscriptions/{id}/pause</c>: stops the checks (what it has seen is kept) → the subscription, <c>paused</c>; a paused or failed one answers as it is.</summary>
public sealed class PauseSubscriptionFunction(SubscriptionCommands subscriptions, IOptionsMonitor<SubscriptionOptions> options)
{
    [Function("PauseSubscription")]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "subscriptions/{id}/pause")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string id,
        CancellationToken cancellationToken) =>
        await SubscriptionResponse.ForIdAsync(
            id, subscriptionId => subscriptions.PauseAsync(client, subscriptionId, cancellationToken), options.CurrentValue.MaxActive, StatusCodes.Status200OK);
}
