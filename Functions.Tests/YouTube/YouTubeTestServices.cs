using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using YouTubeDownloader.Testing.FakeYouTube;
using YouTubeDownloader.YouTube;

namespace YouTubeDownloader.Tests.YouTube;

/// <summary>The resolver as production registers it (<see cref="YouTubeServiceCollectionExtensions.AddYouTubeResolver"/>), pointed at a fake YouTube.</summary>
internal static class YouTubeTestServices
{
    public static ServiceProvider Create(FakeYouTubeServer fake, IDictionary<string, string?>? settings = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddYouTubeResolver(Configuration(fake, settings));
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        _ = provider.GetRequiredService<IOptions<YouTubeOptions>>().Value;
        return provider;
    }

    /// <summary>The YouTube settings pointing at <paramref name="fake"/>, with <paramref name="settings"/> over them.</summary>
    public static IConfiguration Configuration(FakeYouTubeServer fake, IDictionary<string, string?>? settings = null)
    {
        var values = FakeYouTubeSettings.For(fake);
        values["YouTube:RequestTimeoutSeconds"] = "10";
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        return new ConfigurationBuilder().AddInMemoryCollection(values).Build();
    }

    /// <summary>Serves the project's own fixture <paramref name="name"/> to <paramref name="client"/>.</summary>
    public static string Serve(this FakeYouTubeServer fake, string client, string name)
    {
        var videoId = name[(name.IndexOf('_') + 1)..];
        fake.SetPlayer(client, videoId, PlayerAnswer.FromFile(Path.Combine(FixtureFolders.OwnFolder, name + ".player.json")));
        return videoId;
    }

    /// <summary>
    /// Serves the normal fixture to the visionOS client as <paramref name="videoId"/> (a new id: nothing cached yet), with the
    /// same media as <see cref="Support.FakeYouTubeApp.NormalVideoId"/> and one written caption track answering <paramref name="vtt"/>.
    /// </summary>
    public static string ServeWithCaptions(this FakeYouTubeServer fake, string videoId, string lang, string name, string vtt)
    {
        var player = JsonNode.Parse(File.ReadAllText(Path.Combine(FixtureFolders.OwnFolder, Support.FakeYouTubeApp.Normal + ".player.json")))!.AsObject();
        player["videoDetails"]!["videoId"] = videoId;
        player["captions"] = new JsonObject
        {
            ["playerCaptionsTracklistRenderer"] = new JsonObject
            {
                ["captionTracks"] = new JsonArray(new JsonObject
                {
                    ["baseUrl"] = $"https://www.youtube.com/api/timedtext?v={videoId}&lang={lang}",
                    ["languageCode"] = lang,
                    ["name"] = new JsonObject { ["simpleText"] = name },
                }),
            },
        };
        foreach (var itag in new[] { Support.FakeYouTubeApp.VideoItag, Support.FakeYouTubeApp.AudioItag })
        {
            if (fake.GetMedia(Support.FakeYouTubeApp.NormalVideoId, itag) is { } media)
            {
                fake.SetMedia(videoId, itag, media);
            }
        }

        fake.SetPlayer("VISIONOS", videoId, PlayerAnswer.Json(player.ToJsonString()));
        fake.SetCaptions(videoId, lang, auto: false, vtt);
        return videoId;
    }
}
