using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using YouTubeDownloader.Api.Errors;
using YouTubeDownloader.Commands;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Subscriptions;
using YouTubeDownloader.Views;

namespace YouTubeDownloader.Api.Contract;

/// <summary>What the subscription routes answer: the subscription (<see cref="SubscriptionView"/>), or the error a command's outcome means.</summary>
public static class SubscriptionResponse
{
    public static IActionResult Of(Subscription subscription, int status = StatusCodes.Status200OK) =>
        new JsonResult(SubscriptionView.From(subscription), ContractJson.Options) { StatusCode = status };

    /// <summary>201 with <c>Location</c> naming the new subscription.</summary>
    public static IActionResult Created(HttpRequest request, Subscription subscription)
    {
        request.HttpContext.Response.Headers.Location = $"/api/subscriptions/{TaskIds.Format(subscription.Id)}";
        return Of(subscription, StatusCodes.Status201Created);
    }

    /// <summary>The thin door of the routes that change one subscription: an id that is no UUID is unknown, else the command's outcome.</summary>
    public static async Task<IActionResult> ForIdAsync(
        string id, Func<Guid, Task<SubscriptionResult>> command, int maxActive, int status = StatusCodes.Status200OK) =>
        DownloadId.TryParse(id, out var subscriptionId) ? From(await command(subscriptionId), maxActive, status) : SubscriptionErrors.NotFound();

    public static IActionResult From(SubscriptionResult result, int maxActive, int status = StatusCodes.Status200OK) => result.Outcome switch
    {
        SubscriptionOutcome.Done => Of(result.Subscription!, status),
        SubscriptionOutcome.NotActive => SubscriptionErrors.NotActive(),
        SubscriptionOutcome.LimitReached => SubscriptionErrors.LimitReached(maxActive),
        _ => SubscriptionErrors.NotFound(),
    };
}
