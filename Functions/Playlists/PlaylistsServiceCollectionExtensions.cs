using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace YouTubeDownloader.Playlists;

public static class PlaylistsServiceCollectionExtensions
{
    /// <summary>
    /// <see cref="PlaylistOptions"/>, bound and validated at start, and the reader of a list's contents (the playlist
    /// workflow, <c>/api/info</c> of a list, subscriptions). The source of the lists (<see cref="Sources.IPlaylistSource"/>)
    /// is registered with YouTube.
    /// </summary>
    public static IServiceCollection AddPlaylists(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PlaylistOptions>()
            .Bind(configuration.GetSection(PlaylistOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<PlaylistContentsReader>();
        return services;
    }
}
