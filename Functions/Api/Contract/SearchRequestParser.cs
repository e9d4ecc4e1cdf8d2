using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using YouTubeDownloader.Api.Errors;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.YouTube.Search;

namespace YouTubeDownloader.Api.Contract;

/// <summary>Reads <c>?q=&amp;max_results=&amp;continuation=</c>: a <see cref="SearchRequest"/> or the 400 to send back.</summary>
public static class SearchRequestParser
{
    /// <summary>Longer than anyone types into YouTube's search box; longer queries are refused, not cut.</summary>
    public const int MaxQueryLength = 200;

    public const int DefaultMaxResults = 20;
    public const int MaxMaxResults = 50;

    public static (SearchRequest? Request, IActionResult? Error) Parse(IQueryCollection query)
    {
        var q = query["q"] is [{ } text] ? text.Trim() : null;
        if (string.IsNullOrEmpty(q))
        {
            return (null, ApiError.InvalidRequest(Texts.QueryRequired));
        }

        // A control character (NUL, escapes…) is nobody's search: refuse it rather than send it to YouTube.
        if (q.Any(char.IsControl))
        {
            return (null, ApiError.InvalidRequest(Texts.QueryHasControlCharacters));
        }

        if (q.Length > MaxQueryLength)
        {
            return (null, ApiError.InvalidRequest(Texts.QueryTooLong(MaxQueryLength)));
        }

        var max = DefaultMaxResults;
        if (query.ContainsKey("max_results")
            && (query["max_results"] is not [{ } maxText]
                || !int.TryParse(maxText, NumberStyles.None, CultureInfo.InvariantCulture, out max)
                || max is < 1 or > MaxMaxResults))
        {
            return (null, ApiError.InvalidRequest(Texts.InvalidMaxResults(MaxMaxResults)));
        }

        SearchCursor? cursor = null;
        if (query.ContainsKey("continuation")
            && (query["continuation"] is not [{ } token] || !SearchCursor.TryDecode(token, out cursor) || !cursor.BelongsTo(q)))
        {
            return (null, ApiError.InvalidRequest(Texts.InvalidSearchContinuation));
        }

        return (new SearchRequest(q, max, cursor), null);
    }
}
