using System.Buffers;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using YouTubeDownloader.Events;
using YouTubeDownloader.Views;

namespace YouTubeDownloader.Api.Results;

/// <summary>
/// A task's events as Server-Sent Events (<c>text/event-stream</c>): <c>event: progress</c> / <c>event: end</c>, the data the
/// task JSON exactly as <c>GET /api/downloads/{id}</c> shows it. The framing is .NET's own <see cref="SseFormatter"/>, which
/// also flushes after every event.
/// </summary>
/// <remarks>
/// An <see cref="IActionResult"/> rather than ASP.NET Core's <c>TypedResults.ServerSentEvents</c> (an <c>IResult</c>):
/// the app's functions answer with action results, and this one also turns response buffering off and says
/// <c>Cache-Control: no-cache</c>, which a proxy on the way needs to pass each event on at once.
/// </remarks>
public sealed class TaskEventsResult(IAsyncEnumerable<TaskEvent> events) : IActionResult
{
    public const string ContentType = "text/event-stream";

    public async Task ExecuteResultAsync(ActionContext context)
    {
        var http = context.HttpContext;
        http.Response.ContentType = ContentType;
        http.Response.Headers.CacheControl = "no-cache";
        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        try
        {
            await SseFormatter.WriteAsync(Items(events, http.RequestAborted), http.Response.Body, Format, http.RequestAborted);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException && http.RequestAborted.IsCancellationRequested)
        {
            // The client went away: nothing is left to send it.
        }
    }

    private static async IAsyncEnumerable<SseItem<TaskEvent>> Items(
        IAsyncEnumerable<TaskEvent> events, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var item in events.WithCancellation(cancellationToken))
        {
            yield return new SseItem<TaskEvent>(item, EventType(item.Kind));
        }
    }

    public static string EventType(TaskEventKind kind) => kind switch
    {
        TaskEventKind.Progress => "progress",
        TaskEventKind.End => "end",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The task as the status route serializes it (same type, same options), so both show the same bytes.</summary>
    private static void Format(SseItem<TaskEvent> item, IBufferWriter<byte> writer) =>
        writer.Write(JsonSerializer.SerializeToUtf8Bytes(TaskView.From(item.Data.Task), ContractJson.Options));
}
