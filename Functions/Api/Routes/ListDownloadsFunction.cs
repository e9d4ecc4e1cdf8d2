using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using YouTubeDownloader.Api.Contract;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Views;

namespace YouTubeDownloader.Api.Routes;

/// <summary>
/// <c>GET /api/downloads[?status=&amp;order=&amp;limit=&amp;playlist_id=&amp;subscription_id=&amp;continuation_token=]</c>: a plain JSON array, as the original
/// API's clients (<c>jq '.[]'</c>) expect, in creation order (oldest first, as the original; <c>order=desc</c> newest
/// first). Without <c>limit</c> it lists every task; with it, one page, and the token for the next rides in the
/// <see cref="ContinuationHeader"/> response header.
/// </summary>
public sealed class ListDownloadsFunction(DownloadQueries downloads)
{
    public const string ContinuationHeader = "X-Continuation-Token";
    [Function("ListDownloads")]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "downloads")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (query, error) = ListDownloadsQuery.Parse(request.Query);
        if (query is null)
        {
            return error!;
        }

        var result = new List<TaskView>();
        var after = query.After;
        do
        {
            var page = await downloads.ListAsync(
                query.Status, query.Order, query.Limit ?? ListDownloadsQuery.MaxLimit, after, cancellationToken, query.PlaylistId, query.SubscriptionId);
            result.AddRange(page.Tasks.Select(TaskView.From));
            after = page.ResumeAfter;
        }
        while (query.Limit is null && after is not null);

        if (after is { } next)
        {
            request.HttpContext.Response.Headers[ContinuationHeader] = query.ContinueAfter(next);
        }

        return new JsonResult(result, ContractJson.Options);
    }
}
