using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using YouTubeDownloader.Api.Contract;
using YouTubeDownloader.Api.Errors;
using YouTubeDownloader.Commands;
using YouTubeDownloader.Views;

namespace YouTubeDownloader.Api.Routes;

/// <summary><c>DELETE /api/subscriptions/{id}</c>: stops it and removes it with what it has seen; the downloads it started stay.</summary>
public sealed class DeleteSubscriptionFunction(SubscriptionCommands subscriptions)
{
    [Function("DeleteSubscription")]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "delete", Route = "subscriptions/{id}")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string id,
        CancellationToken cancellationToken)
    {
        if (!DownloadId.TryParse(id, out var subscriptionId) || !await subscriptions.DeleteAsync(client, subscriptionId, cancellationToken))
        {
            return SubscriptionErrors.NotFound();
        }

        return new JsonResult(ApiMessage.SubscriptionDeleted, ContractJson.Options);
    }
}
