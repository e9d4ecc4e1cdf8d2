using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.YouTube.Search;

namespace YouTubeDownloader.Api.Errors;

/// <summary>
/// The answer of a synchronous route (info, search, trending) when YouTube refuses or fails what it asked, whatever the
/// route: the code's text from <see cref="Texts"/> and its code. YouTube unreachable is 503 everywhere; a refusal that may
/// pass (throttling, the bot check, a failed source) 503 too, a search YouTube answered badly 502, a video or list that
/// does not exist 404, any other refusal (private, age-restricted…) 422.
/// </summary>
public static class DomainErrorResult
{
    public const int UnreachableStatus = StatusCodes.Status503ServiceUnavailable;

    /// <summary>The answer and the line to log (code and internal detail), or null when the exception is no domain failure.</summary>
    public static (IActionResult Result, string Code, string Detail)? From(Exception exception) => exception switch
    {
        SearchContinuationException e => (ApiError.InvalidRequest(Texts.RefusedSearchContinuation), "invalid_request", e.Message),
        SearchFailedException e => (Answer(e.Code == DownloadErrorCode.SourceUnreachable ? UnreachableStatus : StatusCodes.Status502BadGateway, e.Code, Texts.Of(e.Code)),
            e.Code.ToWire(), e.Message),
        DownloadFailedException e => (Answer(StatusOf(e), e.Code, e.Text), e.Code.ToWire(), e.Message),
        _ => null,
    };

    private static int StatusOf(DownloadFailedException e) => e switch
    {
        { Code: DownloadErrorCode.SourceUnreachable } => UnreachableStatus,
        { IsRetryable: true } => StatusCodes.Status503ServiceUnavailable,
        { Code: DownloadErrorCode.VideoUnavailable } => StatusCodes.Status404NotFound,
        _ => StatusCodes.Status422UnprocessableEntity,
    };

    private static IActionResult Answer(int status, DownloadErrorCode code, string text) => ApiError.Result(status, text, code.ToWire());
}
