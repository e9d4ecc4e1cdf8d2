using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace YouTubeDownloader.YouTube.Cookies;

public static class CookiesServiceCollectionExtensions
{
    /// <summary>The configuration key of the cookies.txt content (app setting <c>YouTube__Cookies</c>).</summary>
    public const string ConfigurationKey = "YouTube:Cookies";

    /// <summary>
    /// Registers <see cref="YouTubeCookies"/> read from <c>YouTube:Cookies</c> once, at the first use (start-up when the
    /// resolver is built): content that is not a cookies.txt fails there with the line's number.
    /// </summary>
    public static IServiceCollection AddYouTubeCookies(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(_ => YouTubeCookies.Parse(configuration[ConfigurationKey]));
        return services;
    }
}
