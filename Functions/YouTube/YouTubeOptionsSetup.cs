using Microsoft.Extensions.Options;
using YouTubeDownloader.YouTube.Cookies;
using YouTubeDownloader.YouTube.PoTokens;
using YouTubeDownloader.YouTube.Clients;

namespace YouTubeDownloader.YouTube;

/// <summary>
/// Applies the defaults that lists cannot carry as initialisers (the configuration binder appends to a
/// list instead of replacing it): client profiles merged by name, the client order (which depends on whether a PO token
/// provider and cookies are configured), the stream and thumbnail hosts.
/// </summary>
internal sealed class YouTubeOptionsSetup(IOptions<PoTokenProviderOptions> poTokens, YouTubeCookies cookies) : IPostConfigureOptions<YouTubeOptions>
{
    public void PostConfigure(string? name, YouTubeOptions options)
    {
        var merged = YouTubeClientDefaults.All.ToList();
        foreach (var configured in options.Clients)
        {
            var at = merged.FindIndex(d => string.Equals(d.Name, configured.Name, StringComparison.OrdinalIgnoreCase));
            if (at >= 0)
            {
                merged[at] = configured.WithDefaults(merged[at]);
            }
            else
            {
                merged.Add(configured);
            }
        }

        options.Clients = merged;
        options.SearchClient = options.SearchClient.WithDefaults(YouTubeClientDefaults.Web);
        options.PlaylistClient = options.PlaylistClient.WithDefaults(YouTubeClientDefaults.Web);
        if (options.ClientOrder.Count == 0)
        {
            options.ClientOrder = [.. YouTubeClientDefaults.Order(HasPoTokenProvider(poTokens.Value), !cookies.IsEmpty)];
        }

        if (options.StreamHosts.Count == 0)
        {
            options.StreamHosts = [.. YouTubeOptions.DefaultStreamHosts];
        }

        if (options.ThumbnailBaseAddresses.Count == 0)
        {
            options.ThumbnailBaseAddresses = [.. YouTubeOptions.DefaultThumbnailBaseAddresses];
        }
    }

    public static bool HasPoTokenProvider(PoTokenProviderOptions options) => !string.IsNullOrWhiteSpace(options.BaseAddress);
}
