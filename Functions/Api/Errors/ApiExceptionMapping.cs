using System.Net.Sockets;
using Azure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace YouTubeDownloader.Api.Errors;

/// <summary>
/// What an HTTP route answers when its function throws, in one place for every route: a domain failure (YouTube refused
/// or failed, see <see cref="DomainErrorResult"/>) with its code, 503 <c>storage_error</c> when storage could not be
/// reached, 500 <c>internal_error</c> for anything else, always <c>{"detail", "code"}</c> and never the exception's text. <see cref="ApiExceptionMiddleware"/> applies it in the worker; the tests' in-process
/// host applies the same, so both answer alike.
/// </summary>
public static class ApiExceptionMapping
{
    /// <summary>Logs <paramref name="exception"/> and returns the error to answer with.</summary>
    public static IActionResult Handle(Exception exception, HttpContext context, ILogger logger)
    {
        if (exception is OperationCanceledException && context.RequestAborted.IsCancellationRequested)
        {
            // The client left; nobody reads the answer and nothing failed.
            logger.LogInformation("{Method} {Path} ended: the client disconnected", context.Request.Method, context.Request.Path);
            return ApiError.InternalError();
        }

        if (DomainErrorResult.From(exception) is { } domain)
        {
            // An answer about YouTube, not a fault of the app: one line with the code and what happened inside, no stack.
            logger.LogInformation("{Method} {Path}: {Code} ({Detail})", context.Request.Method, context.Request.Path, domain.Code, domain.Detail);
            return domain.Result;
        }

        var storage = IsStorageUnavailable(exception);
        logger.LogError(
            exception,
            "{Method} {Path} failed: {Kind}",
            context.Request.Method,
            context.Request.Path,
            storage ? "storage unavailable" : "unhandled exception");
        return storage ? ApiError.StorageUnavailable() : ApiError.InternalError();
    }

    /// <summary>
    /// True when storage did not answer: a <see cref="RequestFailedException"/> with status 0 (the request never
    /// got a response: refused, reset, DNS) or 5xx, or the <see cref="AggregateException"/> the Azure SDK throws once
    /// its retries are spent, holding such failures, timeouts or the transport's own exceptions.
    /// A 4xx from storage (403: a wrong key or role) is a fault of the app's setup, not an outage: 500.
    /// </summary>
    public static bool IsStorageUnavailable(Exception exception) => exception switch
    {
        RequestFailedException failed => failed.Status is 0 or >= 500,
        AggregateException aggregate => aggregate.Flatten().InnerExceptions is { Count: > 0 } inner
                                        && inner.All(e => IsStorageUnavailable(e) || IsTransportFailure(e)),
        _ => false,
    };

    // Inside the SDK's AggregateException: the retried attempts' own failures (Azure.Core retries IOException
    // and its network timeout, a TaskCanceledException, as well as failed responses).
    private static bool IsTransportFailure(Exception exception) =>
        exception is HttpRequestException or SocketException or IOException or TimeoutException or TaskCanceledException;
}
