using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using YouTubeDownloader.Api.Contract;
using YouTubeDownloader.Storage;
using YouTubeDownloader.Views;

namespace YouTubeDownloader.Api.Routes;

/// <summary>
/// <c>GET /api/subscriptions[?status=&amp;limit=&amp;continuation_token=]</c>: a JSON array, oldest first; with <c>limit</c> one
/// page, the next page's token in <see cref="ListDownloadsFunction.ContinuationHeader"/>, as the task list pages.
/// </summary>
public sealed class ListSubscriptionsFunction(SubscriptionStore subscriptions)
{
    [Function("ListSubscriptions")]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "subscriptions")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (query, error) = ListSubscriptionsQuery.Parse(request.Query);
        if (query is null)
        {
            return error!;
        }

        var result = new List<SubscriptionView>();
        var after = query.After;
        do
        {
            var page = await subscriptions.ListAsync(query.Status, query.Limit ?? ListSubscriptionsQuery.MaxLimit, after, cancellationToken);
            result.AddRange(page.Subscriptions.Select(SubscriptionView.From));
            after = page.ResumeAfter;
        }
        while (query.Limit is null && after is not null);

        if (after is { } next)
        {
            request.HttpContext.Response.Headers[ListDownloadsFunction.ContinuationHeader] = query.ContinueAfter(next);
        }

        return new JsonResult(result, ContractJson.Options);
    }
}
