using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using YouTubeDownloader.Sources;
using YouTubeDownloader.YouTube.Clients;
using YouTubeDownloader.YouTube.Cookies;
using YouTubeDownloader.YouTube.Player;
using YouTubeDownloader.YouTube.PoTokens;
using YouTubeDownloader.YouTube.Videos;
using YouTubeDownloader.YouTube.InnerTube;

namespace YouTubeDownloader.YouTube;

public static class YouTubeServiceCollectionExtensions
{
    /// <summary>
    /// Registers the YouTube resolver as the <see cref="IMediaResolver"/>, with its options bound from the
    /// <c>YouTube</c> section and validated at start, and YouTube as the <see cref="IPlaylistSource"/>. The client chain's parts come with it: the player's challenges, the PO token provider and
    /// the cookies (<c>YouTube:Player</c>, <c>YouTube:Challenges</c>, <c>YouTube:PoTokenProvider</c>, <c>YouTube:Cookies</c>).
    /// </summary>
    public static IServiceCollection AddYouTubeResolver(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<YouTubeOptions>()
            .Bind(configuration.GetSection(YouTubeOptions.SectionName))
            .ValidateOnStart();
        services.AddPlayerChallenges(configuration).AddPoTokenProvider(configuration).AddYouTubeCookies(configuration);
        services.AddSingleton<IPostConfigureOptions<YouTubeOptions>, YouTubeOptionsSetup>();
        services.AddSingleton<IValidateOptions<YouTubeOptions>, YouTubeOptionsValidator>();
        services.AddMemoryCache();
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient(InnerTubeClient.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All })
            .AddResilienceHandler("innertube", (pipeline, context) =>
            {
                var settings = context.ServiceProvider.GetRequiredService<IOptionsMonitor<YouTubeOptions>>().CurrentValue;
                // One quick retry for a dropped connection or a 5xx; the next client and the durable retry do the rest.
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = 1,
                    Delay = TimeSpan.FromMilliseconds(250),
                    ShouldRetryAfterHeader = false,
                });
                pipeline.AddTimeout(TimeSpan.FromSeconds(settings.RequestTimeoutSeconds));
            });
        services.AddHttpClient(YouTubeResolver.MediaHttpClientName)
            .ConfigureHttpClient((sp, http) =>
                http.Timeout = TimeSpan.FromSeconds(sp.GetRequiredService<IOptionsMonitor<YouTubeOptions>>().CurrentValue.RequestTimeoutSeconds))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AutomaticDecompression = DecompressionMethods.None,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            });
        services.AddHttpClient(ThumbnailFetcher.HttpClientName)
            .ConfigureHttpClient((sp, http) =>
                http.Timeout = TimeSpan.FromSeconds(sp.GetRequiredService<IOptionsMonitor<YouTubeOptions>>().CurrentValue.RequestTimeoutSeconds))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });

        services.AddHttpClient(CaptionFetcher.HttpClientName)
            .ConfigureHttpClient((sp, http) =>
                http.Timeout = TimeSpan.FromSeconds(sp.GetRequiredService<IOptionsMonitor<YouTubeOptions>>().CurrentValue.RequestTimeoutSeconds))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.All });

        services.AddSingleton<InnerTubeClient>();
        services.AddSingleton<VisitorDataProvider>();
        services.AddSingleton<ClientAttempts>();
        services.AddSingleton<YouTubeClientChain>();
        services.AddSingleton<ThumbnailFetcher>();
        services.AddSingleton<CaptionFetcher>();
        services.AddSingleton<YouTubeResolver>();
        services.AddSingleton<Search.YouTubeSearch>();
        services.AddSingleton<IPlaylistSource, Playlists.YouTubePlaylistSource>();
        services.AddSingleton<Channels.ChannelResolver>();
        services.AddSingleton<IMediaResolver>(sp => sp.GetRequiredService<YouTubeResolver>());
        return services;
    }
}
