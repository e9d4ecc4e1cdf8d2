using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace YouTubeDownloader.Playlists;

public static class PlaylistsServiceCollectionExtensions
{
    /// <summary>
    /// <see cref="PlaylistOptions"/>, bound and validated at start. Both the downloads (the playlist workflow) and the
    /// YouTube side (<c>/api/info</c> of a list) need them; when both register, the later configuration wins.
    /// </summary>
    public static IServiceCollection AddPlaylistOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PlaylistOptions>()
            .Bind(configuration.GetSection(PlaylistOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return services;
    }
}
