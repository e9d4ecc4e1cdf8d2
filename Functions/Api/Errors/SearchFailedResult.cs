using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.YouTube.Search;

namespace YouTubeDownloader.Api.Errors;

/// <summary>A search YouTube refused or answered unreadably: 502 with <c>rate_limited</c> or <c>source_error</c>, never an empty list.</summary>
public static class SearchFailedResult
{
    public static IActionResult From(SearchFailedException ex) =>
        ApiError.Result(StatusCodes.Status502BadGateway, Texts.SearchFailed(ex.Message), ex.Code.ToWire());
}
