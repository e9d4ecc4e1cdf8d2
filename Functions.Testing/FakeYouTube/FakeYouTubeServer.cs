using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using YouTubeDownloader.Testing.Media;

namespace YouTubeDownloader.Testing.FakeYouTube;

/// <summary>
/// A fake YouTube on 127.0.0.1 (real Kestrel) speaking the wire format the resolver uses: <c>/sw.js_data</c>,
/// <c>/youtubei/v1/player</c> answering per client from recorded or hand-written player responses,
/// <c>/youtubei/v1/search</c> answering per query or continuation token from recorded or hand-written pages,
/// <c>/youtubei/v1/browse</c> serving recorded or hand-made playlists (<see cref="AddPlaylist"/>), <c>/videoplayback</c>
/// honouring <c>&amp;range=</c> (and <c>Range</c>), throttled per connection and scriptable to fail (<see cref="StreamFault"/>),
/// thumbnails under <c>/vi/</c>, caption tracks at <c>/api/timedtext</c> (<see cref="SetCaptions"/>), and the player
/// (<c>/iframe_api</c>, the watch page, the script: <see cref="UsePlayer"/>) whose challenges the formats of a
/// <see cref="PlayerAnswer.WithChallenges"/> answer carry. Stream and thumbnail URLs in served responses are rewritten to
/// point here.
/// </summary>
public sealed partial class FakeYouTubeServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<(string Client, string VideoId), PlayerAnswer> answers = new();
    private readonly ConcurrentDictionary<(string VideoId, int Itag), MediaContent> media = new();

    // Media set by a test (rather than made up from the fixture's declared length): its real length is announced.
    private readonly ConcurrentDictionary<(string VideoId, int Itag), bool> explicitMedia = new();
    private readonly ConcurrentDictionary<(string VideoId, int Itag), FaultState> faults = new();
    private readonly ConcurrentDictionary<(string VideoId, int Itag, int Generation), long> servedBytes = new();
    private int generation;
    private int swJsDataRequests;

    private FakeYouTubeServer(WebApplication app) => this.app = app;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The visitorData <c>/sw.js_data</c> hands out.</summary>
    public string VisitorData { get; set; } = "CgtGYWtlVmlzaXRvchIA";

    /// <summary>Per-connection speed of ranged requests in bytes per second; 0 = unlimited.</summary>
    public long RangeBytesPerSecond { get; set; }

    /// <summary>Per-connection speed of un-segmented GETs (YouTube throttles them to playback speed); 0 = unlimited.</summary>
    public long PlainBytesPerSecond { get; set; }

    /// <summary>What thumbnail requests answer; anything but 200 serves no image.</summary>
    public System.Net.HttpStatusCode ThumbnailStatus { get; set; } = System.Net.HttpStatusCode.OK;

    public int SwJsDataRequests => swJsDataRequests;

    public ConcurrentQueue<RecordedPlayerRequest> PlayerRequests { get; } = new();

    public ConcurrentQueue<RecordedMediaRequest> MediaRequests { get; } = new();

    /// <summary>Ranged requests served to their last byte (a request cut short by the client is not here).</summary>
    public ConcurrentQueue<ServedMediaRange> ServedRanges { get; } = new();

    public ConcurrentQueue<string> ThumbnailRequests { get; } = new();

    public static async Task<FakeYouTubeServer> StartAsync()
    {
        var app = LoopbackWebApp.CreateBuilder().Build();
        var server = new FakeYouTubeServer(app);
        server.MapRoutes();
        await app.StartAsync();
        server.BaseAddress = LoopbackWebApp.BaseAddressOf(app);
        return server;
    }

    /// <summary>What the player endpoint answers <paramref name="clientName"/> for <paramref name="videoId"/>.</summary>
    public void SetPlayer(string clientName, string videoId, PlayerAnswer answer) => answers[(clientName.ToUpperInvariant(), videoId)] = answer;

    /// <summary>Serves <paramref name="content"/> for the stream; otherwise a pattern of the format's declared length is served.</summary>
    public void SetMedia(string videoId, int itag, MediaContent content)
    {
        media[(videoId, itag)] = content;
        explicitMedia[(videoId, itag)] = true;
    }

    public MediaContent? GetMedia(string videoId, int itag) => media.GetValueOrDefault((videoId, itag));

    public void AddFault(string videoId, int itag, StreamFault fault) => faults.GetOrAdd((videoId, itag), _ => new FaultState()).Add(fault);

    /// <summary>Every URL handed out so far answers 403 from now on (as when they expire).</summary>
    public void ExpireIssuedUrls() => expiredBelow = Volatile.Read(ref generation) + 1;

    /// <summary>The seed of the pattern served for a stream without explicit media.</summary>
    public static int PatternSeed(string videoId, int itag) => videoId.Aggregate(itag, (hash, c) => unchecked((hash * 31) + c));

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private int expiredBelow;

    private void MapRoutes()
    {
        app.MapGet("/sw.js_data", () =>
        {
            Interlocked.Increment(ref swJsDataRequests);
            var inner = new JsonArray();
            for (var i = 0; i < 13; i++)
            {
                inner.Add((JsonNode?)null);
            }

            inner.Add(VisitorData);
            var root = new JsonArray(new JsonArray("yt", null, new JsonArray(new JsonArray(inner))));
            return Results.Text(")]}'\n" + root.ToJsonString(), "application/json");
        });
        app.MapPost("/youtubei/v1/player", (Delegate)PlayerAsync);
        MapPlayerRoutes();
        app.MapPost("/youtubei/v1/search", (Delegate)SearchAsync);
        app.MapPost("/youtubei/v1/browse", (Delegate)BrowseAsync);
        app.MapPost("/youtubei/v1/navigation/resolve_url", (Delegate)ResolveUrlAsync);
        app.MapMethods("/videoplayback", ["GET", "HEAD"], MediaAsync);
        app.MapGet("/api/timedtext", (Delegate)Captions);
        app.MapGet("/vi/{videoId}/{name}", (string videoId, string name) =>
        {
            ThumbnailRequests.Enqueue($"{videoId}/{name}");
            return ThumbnailStatus == System.Net.HttpStatusCode.OK
                ? Results.Bytes(ThumbnailBytes(videoId), "image/jpeg")
                : Results.StatusCode((int)ThumbnailStatus);
        });
    }

    /// <summary>The bytes the fake serves as any thumbnail of <paramref name="videoId"/>: a small JPEG naming the id.</summary>
    public static byte[] ThumbnailBytes(string videoId) => FakeThumbnail.Jpeg(videoId);

    private async Task<IResult> PlayerAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var json = JsonNode.Parse(body);
        var client = json?["context"]?["client"]?["clientName"]?.GetValue<string>() ?? "";
        var videoId = json?["videoId"]?.GetValue<string>() ?? "";
        PlayerRequests.Enqueue(new RecordedPlayerRequest(
            client,
            videoId,
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body,
            context.Request.Path + context.Request.QueryString));

        if (!answers.TryGetValue((client.ToUpperInvariant(), videoId), out var answer))
        {
            return Results.Text("""{"playabilityStatus":{"status":"ERROR","reason":"Video unavailable"}}""", "application/json");
        }

        if (answer.PlayerJson is null)
        {
            return Results.StatusCode((int)answer.Status);
        }

        var gen = Interlocked.Increment(ref generation);
        var sent = new SentChallengeInputs(
            json?["playbackContext"]?["contentPlaybackContext"]?["signatureTimestamp"]?.GetValue<int>(),
            json?["serviceIntegrityDimensions"]?["poToken"]?.GetValue<string>());
        return Results.Text(Rewrite(answer, videoId, gen, sent), "application/json");
    }
}
