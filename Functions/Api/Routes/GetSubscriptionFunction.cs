using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using YouTubeDownloader.Api.Contract;
using YouTubeDownloader.Api.Errors;
using YouTubeDownloader.Storage;

namespace YouTubeDownloader.Api.Routes;

/// <summary><c>GET /api/subscriptions/{id}</c>: one subscription.</summary>
public sealed class GetSubscriptionFunction(SubscriptionStore subscriptions)
{
    [Function("GetSubscription")]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "subscriptions/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        DownloadId.TryParse(id, out var subscriptionId) && await subscriptions.GetAsync(subscriptionId, cancellationToken) is { } subscription
            ? SubscriptionResponse.Of(subscription)
            : SubscriptionErrors.NotFound();
}
