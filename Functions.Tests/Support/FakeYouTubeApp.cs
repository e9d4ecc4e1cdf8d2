using Microsoft.Extensions.DependencyInjection;
using YouTubeDownloader.Testing.FakeYouTube;
using YouTubeDownloader.Testing.Media;
using YouTubeDownloader.Tests.YouTube;
using YouTubeDownloader.YouTube.Search;
using YouTubeDownloader.YouTube;

namespace YouTubeDownloader.Tests.Support;

/// <summary>
/// The whole app with the production YouTube resolver talking to a fake YouTube that serves the project's fixture
/// <see cref="Normal"/> with real ffmpeg-made fragmented MP4s as its 720p video (itag 298) and audio (itag 140).
/// </summary>
internal static class FakeYouTubeApp
{
    public const string Normal = "own-normal-adaptive-muxed_OwnNormal01";
    public const string NormalVideoId = "OwnNormal01";
    public const int VideoItag = 298;
    public const int AudioItag = 140;

    /// <summary>Serves the media of <see cref="Normal"/> from <paramref name="fake"/> and starts the app on it, with 64 KiB segments
    /// (the fixture's streams then span several waves of parallel segments) and <paramref name="settings"/> over them; search and trending ask the fake too.</summary>
    /// <param name="configureServices">Registrations after the resolver's (a log capture, say).</param>
    public static async Task<(DownloadApp App, MuxPair Media)> StartAsync(
        FakeYouTubeServer fake, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configureServices = null)
    {
        var media = await MuxFixtures.GetAsync(MuxShapes.ManyFragments);
        fake.SetMedia(NormalVideoId, VideoItag, MediaContent.FromBytes(await File.ReadAllBytesAsync(media.Video)));
        fake.SetMedia(NormalVideoId, AudioItag, MediaContent.FromBytes(await File.ReadAllBytesAsync(media.Audio)));
        var all = new Dictionary<string, string?> { ["Transfer:SegmentSizeBytes"] = (64 * 1024).ToString() };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var youTube = YouTubeTestServices.Configuration(fake, settings);
        var app = await DownloadApp.StartAsync(all, services =>
        {
            services.AddYouTubeResolver(youTube).AddTrending(youTube);
            configureServices?.Invoke(services);
        });
        return (app, media);
    }
}
