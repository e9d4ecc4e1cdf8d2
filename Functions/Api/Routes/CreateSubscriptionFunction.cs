using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using YouTubeDownloader.Api.Contract;
using YouTubeDownloader.Api.Errors;
using YouTubeDownloader.Commands;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Subscriptions;
using YouTubeDownloader.Webhooks;

namespace YouTubeDownloader.Api.Routes;

/// <summary>
/// <c>POST /api/subscriptions</c>: validates (a <c>callback_url</c> against the webhook policy too), resolves the channel,
/// reads the list's first page, stores the subscription and starts its workflow, answers 201. Anything refused creates nothing.
/// </summary>
public sealed class CreateSubscriptionFunction(SubscriptionCommands subscriptions, CallbackPolicy callbacks, IOptionsMonitor<SubscriptionOptions> options)
{
    [Function("CreateSubscription")]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "subscriptions")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        var limits = options.CurrentValue;
        var (body, error) = await CreateSubscriptionParser.ParseAsync(request, limits.MaxNewPerCheck, cancellationToken);
        if (body is null)
        {
            return error!;
        }

        if (body.CallbackUrl is { } callback && await callbacks.RefusalAsync(callback, cancellationToken) is { } refusal)
        {
            return ApiError.InvalidRequest(refusal);
        }

        // YouTube's refusals of the list or channel are answered by the one middleware.
        var result = await subscriptions.CreateAsync(client, body, cancellationToken);
        return result.Subscription is { } created ? SubscriptionResponse.Created(request, created) : SubscriptionResponse.From(result, limits.MaxActive);
    }
}
