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

        Guid? after = null;
        if (request.Query["continuation_token"] is [{ Length: > 0 } tokenText])
        {
            if (!ListContinuationToken.TryParse(tokenText, out var token) || token.Status != status || token.Order != ListOrder.Ascending)
            {
                return ApiError.InvalidRequest("'continuation_token' no válido: use el de la cabecera X-Continuation-Token de la página anterior, con los mismos filtros");
            }

            after = token.After;
        }

        var result = new List<DownloadTaskResponse>();
        do
        {
            var page = await downloads.ListAsync(status, limit ?? MaxLimit, after, cancellationToken);
            result.AddRange(page.Tasks.Select(DownloadTaskResponse.From));
            after = page.ResumeAfter;
        }
        while (limit is null && after is not null);

        if (after is { } next)
        {
            request.HttpContext.Response.Headers[ContinuationHeader] = new ListContinuationToken(ListOrder.Ascending, status, next).ToString();
        }

        return new JsonResult(result, ApiJson.Options);
    }
}
