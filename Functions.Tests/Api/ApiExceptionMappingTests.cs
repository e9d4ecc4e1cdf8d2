using System.Net.Sockets;
using Azure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging.Abstractions;
using YouTubeDownloader.Api.Errors;

namespace YouTubeDownloader.Tests.Api;

/// <summary>Which failures are storage outages (503 storage_error) and which are anything else (500 internal_error).</summary>
public sealed class ApiExceptionMappingTests
{
    public static TheoryData<Exception> Outages => new()
    {
        new RequestFailedException(0, "Connection refused (127.0.0.1:10000)", new HttpRequestException("refused", new SocketException(111))),
        new RequestFailedException(503, "Server Busy"),
        new RequestFailedException(500, "Internal"),
        new AggregateException("Retry failed after 4 tries.", new RequestFailedException(0, "refused"), new RequestFailedException(503, "busy")),
        new AggregateException("Retry failed after 4 tries.", new TaskCanceledException("network timeout"), new RequestFailedException(0, "reset")),
        new AggregateException(new AggregateException(new IOException("reset"), new HttpRequestException("refused"))),
    };

    public static TheoryData<Exception> Others => new()
    {
        new RequestFailedException(403, "AuthorizationFailure"),
        new RequestFailedException(409, "Conflict"),
        new InvalidOperationException("bug"),
        new HttpRequestException("a request of the app's own, not storage's"),
        new AggregateException(new RequestFailedException(503, "busy"), new InvalidOperationException("bug")),
        new AggregateException(),
    };

    [Theory]
    [MemberData(nameof(Outages))]
    public void Storage_outages_are_503_storage_error(Exception exception) =>
        Answer(exception).Should().Be((503, "storage_error", "Almacenamiento no disponible, inténtalo de nuevo"));

    [Theory]
    [MemberData(nameof(Others))]
    public void Anything_else_is_500_internal_error(Exception exception) =>
        Answer(exception).Should().Be((500, "internal_error", "Error interno del servidor"));

    private static (int?, string, string) Answer(Exception exception)
    {
        var result = (JsonResult)ApiExceptionMapping.Handle(exception, new DefaultHttpContext(), NullLogger.Instance);
        var error = (ApiError)result.Value!;
        return (result.StatusCode, error.Code, error.Detail);
    }
}
