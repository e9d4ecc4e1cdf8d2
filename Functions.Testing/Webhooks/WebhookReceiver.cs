using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace YouTubeDownloader.Testing.Webhooks;

/// <summary>
/// A webhook receiver on 127.0.0.1: records every POST (headers and exact body bytes) and answers 500 to the first try of
/// each <c>Idempotency-Key</c>, 200 to the next ones, so a retry is always needed.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<Received> received = new();

    private WebhookReceiver(WebApplication app) => this.app = app;

    public Uri Url { get; private set; } = null!;

    public IReadOnlyList<Received> Requests => received.ToArray();

    public static async Task<WebhookReceiver> StartAsync()
    {
        var receiver = new WebhookReceiver(LoopbackWebApp.CreateBuilder().Build());
        receiver.app.MapPost("/hook", receiver.ReceiveAsync);
        await receiver.app.StartAsync();
        receiver.Url = new Uri(LoopbackWebApp.BaseAddressOf(receiver.app), "/hook");
        return receiver;
    }

    private async Task ReceiveAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        var key = context.Request.Headers["Idempotency-Key"].ToString();
        var first = !received.Any(r => r.IdempotencyKey == key);
        var status = first ? StatusCodes.Status500InternalServerError : StatusCodes.Status200OK;
        received.Enqueue(new Received(key, context.Request.Headers["X-Signature-256"].ToString(), context.Request.ContentType, body.ToArray(), status));
        context.Response.StatusCode = status;
    }

    /// <summary>Waits for a 2xx answer to <paramref name="key"/>; fails after <paramref name="timeout"/>.</summary>
    public async Task<IReadOnlyList<Received>> WaitForDeliveryAsync(string key, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!received.Any(r => r.IdempotencyKey == key && r.Status == StatusCodes.Status200OK))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException(
                    $"A delivery of {key} should have succeeded; got {string.Join(", ", Requests.Select(r => $"{r.IdempotencyKey} {r.Status}"))}");
            }

            await Task.Delay(50);
        }

        return Requests.Where(r => r.IdempotencyKey == key).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    public sealed record Received(string IdempotencyKey, string Signature, string? ContentType, byte[] Body, int Status)
    {
        /// <summary>What a receiver checks: the HMAC-SHA256 of the exact body bytes with the shared secret, compared in constant time.</summary>
        public bool IsSignedWith(string secret)
        {
            var expected = Encoding.ASCII.GetBytes("sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Body)));
            return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(Signature));
        }
    }
}
