using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.Logging;

namespace YouTubeDownloader.Api.Errors;

/// <summary>
/// Turns an HTTP function's unhandled exception into the app's own error body (see <see cref="ApiExceptionMapping"/>)
/// instead of the host's bare 500. It sits inside the ASP.NET Core integration's middleware, which executes the
/// <see cref="Microsoft.AspNetCore.Mvc.IActionResult"/> left as the invocation's result, exactly as if the function
/// had returned it; the worker then reports a successful invocation to the host.
/// </summary>
public sealed class ApiExceptionMiddleware(ILogger<ApiExceptionMiddleware> logger) : IFunctionsWorkerMiddleware
{
    /// <summary>Only HTTP-triggered functions have a response to write; activities and orchestrators must throw as they do.</summary>
    public static bool Applies(FunctionContext context) =>
        context.FunctionDefinition.InputBindings.Values.Any(b => b.Type.Equals("httpTrigger", StringComparison.OrdinalIgnoreCase));

    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (Exception exception) when (context.GetHttpContext() is { Response.HasStarted: false } http)
        {
            var result = ApiExceptionMapping.Handle(exception, http, logger);

            // Headers the function set before it failed (Location, X-Continuation-Token) do not belong to the error.
            http.Response.Clear();
            context.GetInvocationResult().Value = result;
        }
    }
}
