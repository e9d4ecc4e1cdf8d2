using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace YouTubeDownloader.YouTube.Player;

public static class PlayerServiceCollectionExtensions
{
    /// <summary>
    /// Registers the player's challenges: <see cref="PlayerChallenges"/> (fetch, store, prepare per id) on the V8 engine,
    /// with the limits of <c>YouTube:Challenges</c> and the cache of <c>YouTube:Player</c>. Needs the YouTube resolver's
    /// HTTP client and options and the storage clients, registered beside it.
    /// </summary>
    public static IServiceCollection AddPlayerChallenges(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ChallengeEngineLimits>().Bind(configuration.GetSection(ChallengeEngineLimits.SectionName));
        services.AddOptions<PlayerCacheOptions>().Bind(configuration.GetSection(PlayerCacheOptions.SectionName));
        services.AddSingleton<IChallengeEngine, V8ChallengeEngine>();
        services.AddSingleton<PlayerChallengeSolver>();
        services.AddSingleton<PlayerScriptClient>();
        // The blob service is optional (a command-line check has none): the store then keeps nothing.
        services.AddSingleton(sp => new PlayerScriptStore(
            sp.GetService<Azure.Storage.Blobs.BlobServiceClient>(), sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<PlayerCacheOptions>>()));
        services.AddSingleton<PlayerChallenges>();
        return services;
    }
}
