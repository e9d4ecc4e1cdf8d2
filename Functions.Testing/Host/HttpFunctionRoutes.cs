using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using YouTubeDownloader.Api.Errors;

namespace YouTubeDownloader.Testing.Host;

/// <summary>
/// Serves the app's HTTP functions over real Kestrel the way the Functions host's ASP.NET Core integration
/// does: routes and methods read from each <see cref="HttpTriggerAttribute"/> (so they cannot drift), the
/// function class built by DI, its <see cref="IActionResult"/> executed by MVC's real executors.
/// Function keys are the host's business; <c>FunctionsMetadataTests</c> checks the auth levels.
/// </summary>
public static class HttpFunctionRoutes
{
    public const string Prefix = "api";

    public static void Map(WebApplication app, Assembly assembly)
    {
        foreach (var (method, _) in DurableFunctionRegistry.FunctionMethods(assembly))
        {
            var trigger = method.GetParameters()
                .Select(p => p.GetCustomAttribute<HttpTriggerAttribute>())
                .FirstOrDefault(a => a is not null);
            if (trigger is null)
            {
                continue;
            }

            var methods = (trigger.Methods ?? ["get", "post"]).Select(m => m.ToUpperInvariant()).ToArray();
            app.MapMethods($"/{Prefix}/{trigger.Route}", methods, context => InvokeAsync(context, method));
        }
    }

    private static async Task InvokeAsync(HttpContext context, MethodInfo method)
    {
        IActionResult result;
        try
        {
            var services = context.RequestServices;
            var target = method.IsStatic ? null : ActivatorUtilities.CreateInstance(services, method.DeclaringType!);
            var arguments = method.GetParameters().Select(p => Bind(context, p)).ToArray();
            result = (IActionResult)(await DurableFunctionRegistry.InvokeAsync(method, target, arguments))!;
        }
        catch (Exception exception)
        {
            // What the app's worker middleware (ApiExceptionMiddleware) does in the Functions host.
            var logger = context.RequestServices.GetRequiredService<ILogger<ApiExceptionMiddleware>>();
            var thrown = exception is TargetInvocationException { InnerException: { } inner } ? inner : exception;
            result = ApiExceptionMapping.Handle(thrown, context, logger);
            context.Response.Clear();
        }

        await result.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
    }

    private static object? Bind(HttpContext context, ParameterInfo parameter) => parameter switch
    {
        _ when parameter.ParameterType == typeof(HttpRequest) => context.Request,
        _ when parameter.ParameterType == typeof(CancellationToken) => context.RequestAborted,
        _ when parameter.GetCustomAttribute<DurableClientAttribute>() is not null =>
            context.RequestServices.GetRequiredService<DurableTaskClient>(),
        _ when parameter.ParameterType == typeof(string) => context.GetRouteValue(parameter.Name!)?.ToString(),
        _ => throw new NotSupportedException($"Cannot bind parameter '{parameter.Name}' of {parameter.Member.Name}."),
    };
}
