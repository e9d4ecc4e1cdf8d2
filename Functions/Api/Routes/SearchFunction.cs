using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using YouTubeDownloader.Api.Contract;
using YouTubeDownloader.Api.Errors;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Views;
using YouTubeDownloader.YouTube.Search;

namespace YouTubeDownloader.Api.Routes;

/// <summary>
/// <c>GET /api/search?q=&amp;max_results=&amp;continuation=</c>: videos for a query in YouTube's order, or the one video a
/// YouTube URL or id names. 400 <c>invalid_request</c> for bad input; YouTube's failures are answered by the one
/// middleware (<see cref="ApiExceptionMapping"/>).
/// </summary>
public sealed class SearchFunction(YouTubeSearch search)
{
    [Function("Search")]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "search")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (query, error) = SearchRequestParser.Parse(request.Query);
        if (query is null)
        {
            return error!;
        }

        var page = await search.SearchAsync(query.Query, query.MaxResults, query.Cursor, cancellationToken);
        return new JsonResult(SearchResultsResponse.From(page, query.Query), ContractJson.Options);
    }
}
