using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using YouTubeDownloader.Testing;

namespace YouTubeDownloader.Tests.YouTube.Player;

/// <summary>
/// www.youtube.com as far as players go, on 127.0.0.1: <c>/iframe_api</c> naming <see cref="CurrentId"/> (or no id),
/// a watch page naming it, and the scripts put in <see cref="Scripts"/>, counting each script request.
/// </summary>
internal sealed class FakePlayerSite : IAsyncDisposable
{
    private readonly WebApplication app;
    private int scriptRequests;

    private FakePlayerSite(WebApplication app) => this.app = app;

    public string CurrentId { get; set; } = "";

    /// <summary>When false, iframe_api names no player (the watch page still does).</summary>
    public bool IframeApiNamesPlayer { get; set; } = true;

    /// <summary>When set, script requests answer this status instead of the script.</summary>
    public int? ScriptStatus { get; set; }

    public Dictionary<string, string> Scripts { get; } = new(StringComparer.Ordinal);

    public int ScriptRequests => Volatile.Read(ref scriptRequests);

    public Uri BaseAddress => LoopbackWebApp.BaseAddressOf(app);

    public static async Task<FakePlayerSite> StartAsync()
    {
        var builder = LoopbackWebApp.CreateBuilder();
        var app = builder.Build();
        var site = new FakePlayerSite(app);
        app.MapGet("/iframe_api", () => site.IframeApiNamesPlayer
            ? $"var scriptUrl = 'https:\\/\\/www.youtube.com\\/s\\/player\\/{site.CurrentId}\\/www-widgetapi.vflset\\/www-widgetapi.js';"
            : "var scriptUrl = 'https:\\/\\/www.youtube.com\\/iframe_api_moved';");
        app.MapGet("/watch", () => Results.Content($"<script>var c={{\"jsUrl\":\"/s/player/{site.CurrentId}/player_ias.vflset/en_US/base.js\"}};</script>", "text/html"));
        app.MapGet("/s/player/{id}/player_ias.vflset/en_US/base.js", (string id) =>
        {
            Interlocked.Increment(ref site.scriptRequests);
            return site.ScriptStatus is { } status ? Results.StatusCode(status)
                : site.Scripts.TryGetValue(id, out var script) ? Results.Content(script, "text/javascript")
                : Results.NotFound();
        });
        await app.StartAsync();
        return site;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
