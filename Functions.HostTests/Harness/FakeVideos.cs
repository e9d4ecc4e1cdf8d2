using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using YouTubeDownloader.Testing.FakeYouTube;
using YouTubeDownloader.Testing.Media;

namespace YouTubeDownloader.HostTests.Harness;

/// <summary>
/// Videos on the fake YouTube: the hand-written player response under a new id each, serving real media; plainly to
/// visionOS, or (<see cref="AddThroughTv"/>) only to the TV client with the player's challenges.
/// </summary>
public static class FakeVideos
{
    public const int VideoItag = 298;
    public const int AudioItag = 140;
    private const string FixtureVideoId = "OwnNormal01";
    private const string FixtureTitle = "Normal video, adaptive and muxed";
    private static readonly ConcurrentDictionary<string, MediaContent> Contents = new();
    private static int counter;

    /// <summary>A new video whose 720p stream is <paramref name="media"/>'s video and whose audio is its audio.</summary>
    public static string Add(FakeYouTubeServer youTube, MuxPair media, string? title = null)
    {
        var videoId = $"Host{Interlocked.Increment(ref counter):D7}";
        youTube.SetPlayer("VISIONOS", videoId, PlayerAnswer.Json(PlayerJson(videoId, title)));
        youTube.SetMedia(videoId, VideoItag, ContentOf(media.Video));
        youTube.SetMedia(videoId, AudioItag, ContentOf(media.Audio));
        return videoId;
    }

    /// <summary>
    /// As <see cref="Add"/>, the player response carrying <paramref name="description"/> (its timestamps are the chapters) and
    /// one English caption track whose WebVTT is <paramref name="englishVtt"/>.
    /// </summary>
    public static string AddWithChaptersAndSubtitles(FakeYouTubeServer youTube, MuxPair media, string title, string description, string englishVtt)
    {
        var videoId = Add(youTube, media, title);
        var player = JsonNode.Parse(PlayerJson(videoId, title))!.AsObject();
        player["videoDetails"]!["shortDescription"] = description;
        player["captions"] = JsonNode.Parse($$$"""
            {"playerCaptionsTracklistRenderer": {"captionTracks": [
              {"baseUrl": "https://www.youtube.com/api/timedtext?v={{{videoId}}}&lang=en", "languageCode": "en", "name": {"runs": [{"text": "English"}]}, "vssId": ".en", "isTranslatable": true}
            ]}}
            """);
        youTube.SetPlayer("VISIONOS", videoId, PlayerAnswer.Json(player.ToJsonString()));
        youTube.SetCaptions(videoId, "en", auto: false, englishVtt);
        return videoId;
    }

    /// <summary>
    /// A new video visionOS is refused (400, as YouTube answers it since 2026-09) and the TV client gets with every format
    /// ciphered by <see cref="Player"/>'s challenges: a download of it needs the player's <c>sig</c> and <c>n</c> answers.
    /// </summary>
    public static string AddThroughTv(FakeYouTubeServer youTube, MuxPair media, string? title = null)
    {
        var videoId = Add(youTube, media, title);
        youTube.UsePlayer(Player());
        youTube.SetPlayer("VISIONOS", videoId, PlayerAnswer.HttpError(System.Net.HttpStatusCode.BadRequest));
        youTube.SetPlayer("TVHTML5", videoId, PlayerAnswer.WithChallenges(PlayerJson(videoId, title)));
        return videoId;
    }

    /// <summary>The recorded player (<c>c9168c90</c> of <c>YOUTUBE_PLAYER_FIXTURES</c>) when present, else the project's own.</summary>
    public static FakePlayer Player()
    {
        const string recorded = "c9168c90";
        if (Environment.GetEnvironmentVariable("YOUTUBE_PLAYER_FIXTURES") is { Length: > 0 } folder
            && File.Exists(Path.Combine(folder, recorded + ".base.js")))
        {
            return FakePlayer.FromFiles(recorded, Path.Combine(folder, recorded + ".base.js"), Path.Combine(folder, recorded + ".challenges.json"));
        }

        var own = Path.Combine(AppContext.BaseDirectory, "Fixtures", "own-marker-catch");
        return FakePlayer.FromFiles("5eed0001", own + ".base.js", own + ".challenges.json");
    }

    private static string PlayerJson(string videoId, string? title) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "normal.player.json"))
            .Replace(FixtureVideoId, videoId, StringComparison.Ordinal)
            .Replace(JsonSerializer.Serialize(FixtureTitle), JsonSerializer.Serialize(title ?? FixtureTitle), StringComparison.Ordinal);

    /// <summary>One copy of a file's bytes in memory, however many videos serve it.</summary>
    private static MediaContent ContentOf(string file) => Contents.GetOrAdd(file, f => MediaContent.FromBytes(File.ReadAllBytes(f)));

    /// <summary>The app settings that point the app at <paramref name="youTube"/>.</summary>
    public static Dictionary<string, string?> Settings(FakeYouTubeServer youTube)
    {
        var settings = FakeYouTubeSettings.For(youTube, "__");
        settings["YouTube__ThumbnailBaseAddresses__1"] = youTube.BaseAddress.ToString();
        return settings;
    }
}
