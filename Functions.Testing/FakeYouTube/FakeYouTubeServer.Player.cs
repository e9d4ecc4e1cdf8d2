using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace YouTubeDownloader.Testing.FakeYouTube;

public sealed partial class FakeYouTubeServer
{
    private readonly ConcurrentDictionary<string, FakePlayer> players = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, int> scriptRequests = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<(string VideoId, int Itag, int Generation), ChallengeExpectation> expectations = new();

    /// <summary>The player <c>/iframe_api</c> and the watch page name; null names none (both answer 404).</summary>
    public string? CurrentPlayerId { get; set; }

    /// <summary>Serves <paramref name="player"/>'s script under its id and makes it the current one.</summary>
    public void UsePlayer(FakePlayer player)
    {
        players[player.Id] = player;
        CurrentPlayerId = player.Id;
    }

    /// <summary>How many times the script of <paramref name="playerId"/> was fetched.</summary>
    public int ScriptRequests(string playerId) => scriptRequests.GetValueOrDefault(playerId);

    /// <summary>Requests for <c>/iframe_api</c>.</summary>
    public int IframeApiRequests => iframeApiRequests;

    private int iframeApiRequests;

    private void MapPlayerRoutes()
    {
        app.MapGet("/iframe_api", () =>
        {
            Interlocked.Increment(ref iframeApiRequests);
            // As YouTube writes it: a JSON-escaped script URL under the player's folder.
            return CurrentPlayerId is { } id
                ? Results.Text($"var scriptUrl = 'https:\\/\\/www.youtube.com\\/s\\/player\\/{id}\\/www-widgetapi.vflset\\/www-widgetapi.js';", "text/javascript")
                : Results.NotFound();
        });
        app.MapGet("/watch", () => CurrentPlayerId is { } id
            ? Results.Text($"<html><script>var ytcfg={{\"jsUrl\":\"/s/player/{id}/player_ias.vflset/en_US/base.js\"}};</script></html>", "text/html")
            : Results.NotFound());
        app.MapGet("/s/player/{id}/player_ias.vflset/en_US/base.js", (string id) =>
        {
            scriptRequests.AddOrUpdate(id, 1, (_, n) => n + 1);
            return players.TryGetValue(id, out var player) ? Results.Text(player.Script, "text/javascript") : Results.NotFound();
        });
    }

    /// <summary>The checks a media URL of <paramref name="key"/> must pass, when its format was served with any.</summary>
    private bool AcceptsChallenges((string VideoId, int Itag, int Generation) key, IQueryCollection query) =>
        !expectations.TryGetValue(key, out var expectation) || expectation.Accepts(query);
}
