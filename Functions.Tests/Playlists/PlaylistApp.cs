using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using YouTubeDownloader.Testing.FakeYouTube;
using YouTubeDownloader.Testing.Media;
using YouTubeDownloader.Tests.Support;
using YouTubeDownloader.Tests.YouTube;
using YouTubeDownloader.YouTube;

namespace YouTubeDownloader.Tests.Playlists;

/// <summary>
/// The app with the production YouTube resolver and playlist source, both talking to the fake YouTube (player, browse
/// and streams over real HTTP): playlists of hand-made videos, each a muxed 360p stream (itag 18) of its own pattern bytes.
/// </summary>
internal sealed class PlaylistApp : IAsyncDisposable
{
    public const int MuxedItag = 18;
    public const string Fixture = "own-muxed-only_OwnMuxOnly1";

    private PlaylistApp(FakeYouTubeServer fake, DownloadApp app)
    {
        Fake = fake;
        App = app;
    }

    public FakeYouTubeServer Fake { get; }

    public DownloadApp App { get; }

    public HttpClient Http => App.Http;

    /// <param name="settings">More app settings (webhooks…), beside the playlist ones.</param>
    public static async Task<PlaylistApp> StartAsync(int maxParallel = 3, int maxEntries = 200, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var fake = await FakeYouTubeServer.StartAsync();
        var youTube = YouTubeTestServices.Configuration(fake);
        var configuration = new Dictionary<string, string?>
        {
            ["Transfer:SegmentSizeBytes"] = (64 * 1024).ToString(),
            ["Playlists:MaxParallel"] = maxParallel.ToString(),
            ["Playlists:MaxEntries"] = maxEntries.ToString(),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        var app = await DownloadApp.StartAsync(configuration, services => services.AddYouTubeResolver(youTube));
        return new PlaylistApp(fake, app);
    }

    /// <summary>Serves a playable video of <paramref name="length"/> pattern bytes; returns them.</summary>
    public byte[] AddVideo(string videoId, string title, int length = 300 * 1024)
    {
        var player = JsonNode.Parse(File.ReadAllText(Path.Combine(FixtureFolders.OwnFolder, Fixture + ".player.json")))!;
        player["videoDetails"]!["videoId"] = videoId;
        player["videoDetails"]!["title"] = title;
        Fake.SetPlayer("VISIONOS", videoId, PlayerAnswer.Json(player.ToJsonString()));
        var content = MediaContent.Pattern(length, FakeYouTubeServer.PatternSeed(videoId, MuxedItag));
        Fake.SetMedia(videoId, MuxedItag, content);
        return content.ToArray();
    }

    /// <summary>Serves a list of <paramref name="entries"/>, <paramref name="pageSize"/> rows per browse page.</summary>
    public void AddPlaylist(string listId, string title, FakePlaylistEntry[] entries, int pageSize = 100) =>
        Fake.AddPlaylist(listId, title, "Fixture Channel", entries, pageSize);

    public async Task<(HttpResponseMessage Response, JsonElement Body)> PostAsync(object body)
    {
        var response = await Http.PostAsJsonAsync("/api/download", body);
        return (response, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    public async Task<JsonElement> StartPlaylistAsync(string listId, string quality = "360p")
    {
        var (response, body) = await PostAsync(new { url = $"https://www.youtube.com/playlist?list={listId}", quality });
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.Accepted, body.ToString());
        return body;
    }

    public async Task<List<JsonElement>> EntriesAsync(string playlistId)
    {
        using var response = await Http.GetAsync($"/api/downloads?playlist_id={playlistId}");
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<List<JsonElement>>())!;
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Fake.DisposeAsync();
    }
}
