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
}
