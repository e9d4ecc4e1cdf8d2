using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace YouTubeDownloader.Testing.FakeYouTube;

public sealed partial class FakeYouTubeServer
{
    // A first page with no results and no continuation: what YouTube shows for a query with no matches.
    private const string NoResultsPage =
        """{"contents":{"twoColumnSearchResultsRenderer":{"primaryContents":{"sectionListRenderer":{"contents":[]}}}}}""";

    private readonly ConcurrentDictionary<string, SearchAnswer> searchByQuery = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SearchAnswer> searchByContinuation = new(StringComparer.Ordinal);

    public ConcurrentQueue<RecordedSearchRequest> SearchRequests { get; } = new();

    /// <summary>What <c>/youtubei/v1/search</c> answers a first-page request for <paramref name="query"/>; unknown queries get an empty page.</summary>
    public void SetSearch(string query, SearchAnswer answer) => searchByQuery[query] = answer;

    /// <summary>What it answers a request with this continuation token; unknown tokens get YouTube's 400 INVALID_ARGUMENT.</summary>
    public void SetSearchContinuation(string token, SearchAnswer answer) => searchByContinuation[token] = answer;

    /// <summary>
    /// Serves the search fixture <paramref name="name"/> of <paramref name="folder"/>: <c>NAME.response.json</c> answers the
    /// <c>query</c> or <c>continuation</c> its <c>NAME.request.json</c> (or, for hand-written pages without one,
    /// <paramref name="key"/>) sent. Returns that query or token.
    /// </summary>
    public string ServeSearchFixture(string folder, string name, string? key = null, bool isContinuation = false)
    {
        var request = Path.Combine(folder, name + ".request.json");
        if (key is null)
        {
            var body = JsonNode.Parse(File.ReadAllText(request))!["body"]!;
            isContinuation = body["continuation"] is not null;
            key = (string)(body["continuation"] ?? body["query"])!;
        }

        var answer = SearchAnswer.FromFile(Path.Combine(folder, name + ".response.json"));
        if (isContinuation)
        {
            SetSearchContinuation(key, answer);
        }
        else
        {
            SetSearch(key, answer);
        }

        return key;
    }

    private async Task<IResult> SearchAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var json = JsonNode.Parse(body);
        var query = (string?)json?["query"];
        var continuation = (string?)json?["continuation"];
        SearchRequests.Enqueue(new RecordedSearchRequest(
            query,
            continuation,
            (string?)json?["context"]?["client"]?["clientName"] ?? "",
            (string?)json?["params"],
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body));

        var answer = continuation is not null
            ? searchByContinuation.GetValueOrDefault(continuation) ?? new SearchAnswer(HttpStatusCode.BadRequest, SearchAnswer.InvalidArgumentBody)
            : searchByQuery.GetValueOrDefault(query ?? "") ?? SearchAnswer.Json(NoResultsPage);
        return Results.Text(answer.Body, answer.ContentType, statusCode: (int)answer.Status);
    }
}
