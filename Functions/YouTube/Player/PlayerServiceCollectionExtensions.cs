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
        services.AddSingleton<PlayerScriptStore>();
        services.AddSingleton<PlayerChallenges>();
        return services;
    }
}
