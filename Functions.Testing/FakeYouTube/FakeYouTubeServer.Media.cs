using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using YouTubeDownloader.Testing.Media;

namespace YouTubeDownloader.Testing.FakeYouTube;

public sealed partial class FakeYouTubeServer
{
    private const int ChunkSize = 64 * 1024;

    /// <summary>
    /// <c>/videoplayback?id=…&amp;itag=…&amp;gen=…[&amp;range=a-b]</c>. Like googlevideo, a <c>range</c> parameter answers 200 with
    /// just those bytes; a <c>Range</c> header answers 206. Expired or scripted-forbidden URLs answer 403, and so do the URLs of a
    /// challenged format without the player's answers (<c>sig</c>, <c>n</c>) or the PO token (<c>pot</c>), as YouTube's do.
    /// </summary>
    private async Task MediaAsync(HttpContext context)
    {
        var q = context.Request.Query;
        var videoId = q["id"].ToString();
        _ = int.TryParse(q["itag"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var itag);
        _ = int.TryParse(q["gen"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var gen);
        var response = context.Response;
        var fault = faults.GetValueOrDefault((videoId, itag));
        (long Start, long End)? range = null;
        var arrived = DateTimeOffset.UtcNow;

        void Record(int status) => MediaRequests.Enqueue(new RecordedMediaRequest(
            videoId, itag, gen, context.Request.Method, range, status, context.Request.Headers.UserAgent.ToString(), arrived));

        if (!media.TryGetValue((videoId, itag), out var content))
        {
            Record(response.StatusCode = 404);
            return;
        }

        var rangeHeader = context.Request.GetTypedHeaders().Range;
        var isHeaderRange = false;
        if (q["range"].ToString() is { Length: > 0 } rangeParameter)
        {
            range = ParseRangeParameter(rangeParameter, content.Length);
        }
        else if (rangeHeader is { Ranges.Count: 1 } header)
        {
            var r = header.Ranges.First();
            range = (r.From ?? content.Length - r.To!.Value, Math.Min(r.From is null ? content.Length - 1 : r.To ?? content.Length - 1, content.Length - 1));
            isHeaderRange = true;
        }

        var served = servedBytes.GetValueOrDefault((videoId, itag, gen));
        if (gen < Volatile.Read(ref expiredBelow) || fault?.IsForbidden(gen, served) == true || !AcceptsChallenges((videoId, itag, gen), q))
        {
            Record(response.StatusCode = 403);
            return;
        }

        if (fault?.NextStatus() is { } status)
        {
            Record(response.StatusCode = status);
            return;
        }

        var (start, end) = range ?? (0, content.Length - 1);
        if (start < 0 || start > end || end >= content.Length)
        {
            response.Headers.ContentRange = $"bytes */{content.Length}";
            Record(response.StatusCode = 416);
            return;
        }

        response.StatusCode = isHeaderRange ? 206 : 200;
        if (isHeaderRange)
        {
            response.Headers.ContentRange = new ContentRangeHeaderValue(start, end, content.Length).ToString();
        }

        response.ContentType = "application/octet-stream";
        response.ContentLength = end - start + 1;
        Record(response.StatusCode);
        if (HttpMethods.IsHead(context.Request.Method))
        {
            return;
        }

        var dropAfter = fault?.NextDrop();
        var rate = range is null ? PlainBytesPerSecond : RangeBytesPerSecond;
        if (await SendAsync(context, content, start, end - start + 1, rate, dropAfter, (videoId, itag, gen)) && range is not null)
        {
            ServedRanges.Enqueue(new ServedMediaRange(videoId, itag, start, end, DateTimeOffset.UtcNow));
        }
    }

    /// <summary>True when every byte was written.</summary>
    private async Task<bool> SendAsync(HttpContext context, MediaContent content, long start, long count, long rate, long? dropAfter, (string, int, int) key)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            var clock = Stopwatch.StartNew();
            long sent = 0;
            while (sent < count)
            {
                var chunk = (int)Math.Min(ChunkSize, count - sent);
                if (dropAfter is { } drop && sent + chunk > drop)
                {
                    chunk = (int)Math.Max(0, drop - sent);
                }

                content.CopyTo(start + sent, buffer.AsSpan(0, chunk));
                await context.Response.Body.WriteAsync(buffer.AsMemory(0, chunk), context.RequestAborted);
                sent += chunk;
                servedBytes.AddOrUpdate(key, chunk, (_, total) => total + chunk);
                if (dropAfter is { } limit && sent >= limit)
                {
                    await context.Response.Body.FlushAsync(context.RequestAborted);
                    context.Abort();
                    return false;
                }

                if (rate > 0)
                {
                    var wait = TimeSpan.FromSeconds(sent / (double)rate) - clock.Elapsed;
                    if (wait > TimeSpan.Zero)
                    {
                        await Task.Delay(wait, context.RequestAborted);
                    }
                }
            }

            await context.Response.Body.FlushAsync(context.RequestAborted);
            return true;
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The client went away.
            return false;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static (long, long) ParseRangeParameter(string text, long length)
    {
        var parts = text.Split('-', 2);
        var start = long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : -1;
        var end = parts.Length > 1 && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var e) ? Math.Min(e, length - 1) : length - 1;
        return (start, end);
    }
}
