using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace YouTubeDownloader.Testing.FakeYouTube;

/// <summary>
/// A bgutil-shaped PO token provider on 127.0.0.1 (<c>POST /get_pot</c>, <c>GET /ping</c>): mints a token per request for
/// the binding asked (<see cref="Minted"/>), or misbehaves on demand.
/// </summary>
public sealed class FakePoTokenProvider : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly List<string> bindings = [];
    private readonly List<string> minted = [];
    private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private FakePoTokenProvider(WebApplication app) => this.app = app;

    /// <summary>When the token minted expires.</summary>
    public DateTimeOffset ExpiresAt { get; set; } = DateTimeOffset.UtcNow.AddHours(6);

    /// <summary>When set, /get_pot answers this body as it is.</summary>
    public string? Body { get; set; }

    /// <summary>When true, requests wait until the provider is disposed: a provider that never answers.</summary>
    public bool Hangs { get; set; }

    public IReadOnlyList<string> Bindings { get { lock (bindings) { return [.. bindings]; } } }

    /// <summary>Every token minted, in order.</summary>
    public IReadOnlyList<string> Minted { get { lock (bindings) { return [.. minted]; } } }

    public Uri BaseAddress => LoopbackWebApp.BaseAddressOf(app);

    public static async Task<FakePoTokenProvider> StartAsync()
    {
        var app = LoopbackWebApp.CreateBuilder().Build();
        var provider = new FakePoTokenProvider(app);
        app.MapPost("/get_pot", async (HttpRequest request) =>
        {
            using var body = await JsonDocument.ParseAsync(request.Body);
            var binding = body.RootElement.GetProperty("content_binding").GetString()!;
            int count;
            lock (provider.bindings)
            {
                provider.bindings.Add(binding);
                count = provider.bindings.Count;
            }

            if (provider.Hangs)
            {
                await provider.released.Task;
            }

            if (provider.Body is { } raw)
            {
                return Results.Content(raw, "application/json");
            }

            var token = $"token-{count}-{binding}";
            lock (provider.bindings)
            {
                provider.minted.Add(token);
            }

            return Results.Json(new { poToken = token, contentBinding = binding, expiresAt = provider.ExpiresAt });
        });
        app.MapGet("/ping", () => Results.Json(new { server_uptime = 12.5, version = "1.0.0" }));
        await app.StartAsync();
        return provider;
    }

    public async ValueTask DisposeAsync()
    {
        released.TrySetResult();
        await app.DisposeAsync();
    }
}
