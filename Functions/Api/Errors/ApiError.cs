using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Views;

namespace YouTubeDownloader.Api.Errors;

/// <summary>
/// Every error body: <c>{"detail": "...", "code": "..."}</c>. The texts are <see cref="Texts"/>'; the codes of
/// the contract are named here, once.
/// </summary>
public sealed record ApiError(string Detail, string Code)
{
    public static IActionResult NotFound() =>
        Result(StatusCodes.Status404NotFound, Texts.DownloadNotFound, "download_not_found");

    public static IActionResult NotReady() =>
        Result(StatusCodes.Status404NotFound, Texts.DownloadNotReady, "download_not_ready");

    public static IActionResult FileMissing() =>
        Result(StatusCodes.Status404NotFound, Texts.FileMissing, "file_missing");

    /// <summary>The task completed without a subtitle track in that language.</summary>
    public static IActionResult SubtitlesNotFound() =>
        Result(StatusCodes.Status404NotFound, Texts.SubtitlesNotFound, "subtitles_not_found");

    public static IActionResult AlreadyFinished() =>
        Result(StatusCodes.Status409Conflict, Texts.DownloadFinished, "download_finished");

    /// <summary>Retry takes only a task that ended in <c>error</c> or <c>cancelled</c>.</summary>
    public static IActionResult NotRetryable() =>
        Result(StatusCodes.Status409Conflict, Texts.NotRetryable, "download_not_retryable");

    public static IActionResult InvalidRequest(string detail) =>
        Result(StatusCodes.Status400BadRequest, detail, "invalid_request");

    public static IActionResult InvalidUrl() =>
        Result(StatusCodes.Status400BadRequest, Texts.InvalidUrl, "invalid_url");

    /// <summary>A playlist URL whose <c>list=</c> is no playlist id.</summary>
    public static IActionResult InvalidPlaylistId() =>
        Result(StatusCodes.Status400BadRequest, Texts.InvalidPlaylistId, "invalid_url");

    /// <summary>A mix (<c>list=RD…</c>): YouTube generates it without end, so there is no whole list to read.</summary>
    public static IActionResult MixPlaylist() =>
        Result(StatusCodes.Status400BadRequest, Texts.MixPlaylist, "invalid_url");

    /// <summary>Storage did not answer (down, unreachable, or failing with 5xx after the SDK's retries).</summary>
    public static IActionResult StorageUnavailable() =>
        Result(StatusCodes.Status503ServiceUnavailable, Texts.StorageUnavailable, "storage_error");

    /// <summary>Anything unexpected; the text names no internals (the exception goes to the log).</summary>
    public static IActionResult InternalError() =>
        Result(StatusCodes.Status500InternalServerError, Texts.InternalError, "internal_error");

    public static IActionResult Result(int status, string detail, string code) =>
        new JsonResult(new ApiError(detail, code), ContractJson.Options) { StatusCode = status };
}
