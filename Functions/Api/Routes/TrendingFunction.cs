using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using YouTubeDownloader.Api.Contract;
using YouTubeDownloader.Api.Errors;
using YouTubeDownloader.Views;
using YouTubeDownloader.YouTube.Search;

namespace YouTubeDownloader.Api.Routes;

/// <summary><c>GET /api/trending</c>: the original API's fixed popular-music search, cached for a few minutes.</summary>
public sealed class TrendingFunction(TrendingVideos trending)
{
    [Function("Trending")]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "trending")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var videos = await trending.GetAsync(cancellationToken);
        return new JsonResult(new TrendingResponse(videos.Select(SearchResultItem.From).ToList()), ContractJson.Options);
    }
}
