using System.Collections.Concurrent;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace YouTubeDownloader.Testing.Media;

/// <summary>
/// A media host on 127.0.0.1 (real Kestrel) serving <c>/media/{name}</c> with single byte ranges, a log of
/// every request, and scripted faults: a status, a dropped connection or a stall, for the next N requests.
/// </summary>
public sealed class LocalMediaServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, MediaContent> media = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<MediaFault>> faults = new();
    private readonly ConcurrentQueue<MediaRequestRecord> log = new();
    private readonly WebApplication app;

    private LocalMediaServer(WebApplication app) => this.app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public IReadOnlyCollection<MediaRequestRecord> Requests => log.ToArray();

    /// <summary>Caps each response's rate (bytes per second); null serves as fast as loopback goes.</summary>
    public long? BytesPerSecondPerRequest { get; set; }

    public static async Task<LocalMediaServer> StartAsync()
    {
        var app = LoopbackWebApp.CreateBuilder().Build();
        var server = new LocalMediaServer(app);
        app.MapMethods("/media/{name}", ["GET"], (HttpContext context, string name) => server.ServeAsync(context, name));
        await app.StartAsync();
        server.BaseAddress = LoopbackWebApp.BaseAddressOf(app);
        return server;
    }

    public Uri Add(string name, MediaContent content)
    {
        media[name] = content;
        return UriOf(name);
    }

    public Uri UriOf(string name) => new(BaseAddress, $"/media/{Uri.EscapeDataString(name)}");

    /// <summary>The next requests for <paramref name="name"/> get these faults, one each, in order.</summary>
    public void Script(string name, params MediaFault[] next)
    {
        var queue = faults.GetOrAdd(name, _ => new ConcurrentQueue<MediaFault>());
        foreach (var fault in next)
        {
            queue.Enqueue(fault);
        }
    }

    public void ClearLog() => log.Clear();

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task ServeAsync(HttpContext context, string name)
    {
        if (!media.TryGetValue(name, out var content))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var (start, end) = RangeOf(context.Request, content.Length);
        MediaFault? fault = faults.TryGetValue(name, out var queue) && queue.TryDequeue(out var next) && next is not MediaFault.Pass
            ? next
            : null;
        log.Enqueue(new MediaRequestRecord(name, start, end, fault));
        if (start > end || start >= content.Length)
        {
            context.Response.StatusCode = StatusCodes.Status416RangeNotSatisfiable;
            return;
        }

        if (fault is MediaFault.Status status)
        {
            context.Response.StatusCode = status.Code;
            return;
        }

        var partial = context.Request.Headers.Range.Count > 0;
        context.Response.StatusCode = partial ? StatusCodes.Status206PartialContent : StatusCodes.Status200OK;
        context.Response.ContentLength = end - start + 1;
        context.Response.ContentType = "application/octet-stream";
        if (partial)
        {
            context.Response.Headers.ContentRange = new ContentRangeHeaderValue(start, end, content.Length).ToString();
        }

        await WriteBodyAsync(context, content, start, end, fault);
    }

    private async Task WriteBodyAsync(HttpContext context, MediaContent content, long start, long end, MediaFault? fault)
    {
        var limit = fault switch
        {
            MediaFault.DropAfter drop => drop.Bytes,
            MediaFault.StallAfter stall => stall.Bytes,
            _ => long.MaxValue,
        };
        var buffer = new byte[64 * 1024];
        var sent = 0L;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var position = start; position <= end;)
        {
            var count = (int)Math.Min(Math.Min(buffer.Length, end - position + 1), Math.Max(0, limit - sent));
            if (count == 0)
            {
                await context.Response.Body.FlushAsync();
                if (fault is MediaFault.StallAfter stall)
                {
                    await Task.Delay(stall.Duration, context.RequestAborted);
                    limit = long.MaxValue;
                    continue;
                }

                context.Abort();
                return;
            }

            content.CopyTo(position, buffer.AsSpan(0, count));
            await context.Response.Body.WriteAsync(buffer.AsMemory(0, count), context.RequestAborted);
            position += count;
            sent += count;
            if (BytesPerSecondPerRequest is { } rate && sent * 1000 / rate > clock.ElapsedMilliseconds)
            {
                await Task.Delay(TimeSpan.FromMilliseconds((sent * 1000 / rate) - clock.ElapsedMilliseconds), context.RequestAborted);
            }
        }
    }

    private static (long Start, long End) RangeOf(HttpRequest request, long length)
    {
        var range = request.GetTypedHeaders().Range;
        if (range is null || range.Ranges.Count != 1)
        {
            return (0, length - 1);
        }

        var item = range.Ranges.First();
        return item.From is { } from
            ? (from, Math.Min(item.To ?? length - 1, length - 1))
            : (Math.Max(0, length - item.To!.Value), length - 1);
    }
}
