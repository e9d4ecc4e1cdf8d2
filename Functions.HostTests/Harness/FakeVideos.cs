using System.Collections.Concurrent;
using System.Text.Json;
using YouTubeDownloader.Testing.FakeYouTube;
using YouTubeDownloader.Testing.Media;

namespace YouTubeDownloader.HostTests.Harness;

/// <summary>Videos on the fake YouTube: the hand-written player response under a new id each, serving real media.</summary>
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
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "normal.player.json"))
            .Replace(FixtureVideoId, videoId, StringComparison.Ordinal)
            .Replace(JsonSerializer.Serialize(FixtureTitle), JsonSerializer.Serialize(title ?? FixtureTitle), StringComparison.Ordinal);
        youTube.SetPlayer("VISIONOS", videoId, PlayerAnswer.Json(json));
        youTube.SetMedia(videoId, VideoItag, ContentOf(media.Video));
        youTube.SetMedia(videoId, AudioItag, ContentOf(media.Audio));
        return videoId;
    }

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
