using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Api;

/// <summary>
/// <c>GET /api/downloads[?status=&amp;limit=&amp;continuation_token=]</c>: a plain JSON array, as the original
/// API's clients (<c>jq '.[]'</c>) expect. Without <c>limit</c> it lists every task; with it, one page, and
/// the token for the next rides in the <see cref="ContinuationHeader"/> response header.
/// </summary>
public sealed class ListDownloadsFunction(DownloadService downloads)
{
    public const string ContinuationHeader = "X-Continuation-Token";
    public const int MaxLimit = 1000;

    [Function("ListDownloads")]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "downloads")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        DownloadStatus? status = null;
        if (request.Query["status"] is [{ } statusText])
        {
            if (!Enum.TryParse<DownloadStatus>(statusText, ignoreCase: true, out var parsed) || int.TryParse(statusText, out _))
            {
                return ApiError.InvalidRequest("Estado no válido: use pending, downloading, processing, completed, error o cancelled");
            }

            status = parsed;
        }

        int? limit = null;
        if (request.Query["limit"] is [{ } limitText])
        {
            if (!int.TryParse(limitText, out var parsed) || parsed is < 1 or > MaxLimit)
            {
                return ApiError.InvalidRequest($"'limit' debe ser un entero entre 1 y {MaxLimit}");
            }

            limit = parsed;
        }

        var token = request.Query["continuation_token"] is [{ Length: > 0 } t] ? t : null;
        var result = new List<DownloadTaskResponse>();
        do
        {
            var page = await downloads.ListAsync(status, limit ?? MaxLimit, token, cancellationToken);
            result.AddRange(page.Tasks.Select(DownloadTaskResponse.From));
            token = page.ContinuationToken;
        }
        while (limit is null && token is not null);

        if (token is not null)
        {
            request.HttpContext.Response.Headers[ContinuationHeader] = token;
        }

        return new JsonResult(result, ApiJson.Options);
    }
}
