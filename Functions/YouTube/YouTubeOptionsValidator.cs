using Microsoft.Extensions.Options;
using YouTubeDownloader.YouTube.Cookies;
using YouTubeDownloader.YouTube.PoTokens;
using YouTubeDownloader.YouTube.Clients;

namespace YouTubeDownloader.YouTube;

/// <summary>
/// Checks the YouTube settings at start-up; every message names the setting to fix. A client in the order that the
/// product cannot serve as configured (it needs a PO token and no provider is set, or cookies and none are given) is
/// refused here, naming what is missing, rather than failing every download later.
/// </summary>
internal sealed class YouTubeOptionsValidator(IOptions<PoTokenProviderOptions> poTokens, YouTubeCookies cookies) : IValidateOptions<YouTubeOptions>
{
    private const string Section = YouTubeOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, YouTubeOptions options)
    {
        var failures = new List<string>();
        if (!IsHttpUri(options.ApiBaseAddress))
        {
            failures.Add($"{Section}:ApiBaseAddress must be an absolute http(s) address; it is '{options.ApiBaseAddress}'.");
        }

        for (var i = 0; i < options.Clients.Count; i++)
        {
            ValidateClient(options.Clients[i], $"{Section}:Clients:{i}", failures);
        }

        ValidateClient(options.SearchClient, $"{Section}:SearchClient", failures);
        ValidateClient(options.PlaylistClient, $"{Section}:PlaylistClient", failures);
        if (string.IsNullOrWhiteSpace(options.SearchParams))
        {
            failures.Add($"{Section}:SearchParams is empty; the default is the \"videos\" filter EgIQAfABAQ%3D%3D.");
        }

        if (options.ClientOrder.Count == 0)
        {
            failures.Add($"{Section}:ClientOrder names no client.");
        }

        foreach (var client in options.ClientOrder)
        {
            var profile = options.Clients.FirstOrDefault(c => string.Equals(c.Name, client, StringComparison.OrdinalIgnoreCase));
            if (profile is null)
            {
                var known = string.Join(", ", options.Clients.Select(c => c.Name));
                failures.Add($"{Section}:ClientOrder names '{client}', which is not in {Section}:Clients (known: {known}).");
                continue;
            }

            if (profile.NeedsPoToken == true && !YouTubeOptionsSetup.HasPoTokenProvider(poTokens.Value))
            {
                failures.Add($"{Section}:ClientOrder names '{client}', which needs a PO token, but the PO token provider is not configured " +
                             $"({PoTokenProviderOptions.SectionName}:BaseAddress).");
            }

            if (profile.NeedsCookies == true && cookies.IsEmpty)
            {
                failures.Add($"{Section}:ClientOrder names '{client}', which answers logged-in users only, but no cookies are configured " +
                             $"({CookiesServiceCollectionExtensions.ConfigurationKey}).");
            }
        }

        if (options.MaxDurationSeconds <= 0)
        {
            failures.Add($"{Section}:MaxDurationSeconds must be positive; it is {options.MaxDurationSeconds}.");
        }

        Positive(options.PlayerCacheMinutes, "PlayerCacheMinutes", failures, allowZero: true);
        Positive(options.VisitorDataCacheMinutes, "VisitorDataCacheMinutes", failures, allowZero: true);
        Positive(options.RequestTimeoutSeconds, "RequestTimeoutSeconds", failures, allowZero: false);
        for (var i = 0; i < options.ThumbnailBaseAddresses.Count; i++)
        {
            if (!IsHttpUri(options.ThumbnailBaseAddresses[i]))
            {
                failures.Add($"{Section}:ThumbnailBaseAddresses:{i} must be an absolute http(s) address; it is '{options.ThumbnailBaseAddresses[i]}'.");
            }
        }

        if (options.StreamHosts.Any(h => Uri.CheckHostName(h) == UriHostNameType.Unknown))
        {
            failures.Add($"{Section}:StreamHosts must hold host names only (like googlevideo.com); it holds '{string.Join(", ", options.StreamHosts)}'.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateClient(YouTubeClientProfile client, string path, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(client.Name))
        {
            failures.Add($"{path}:Name is missing.");
            return;
        }

        if (client.Id is not > 0)
        {
            failures.Add($"{path}:Id (client '{client.Name}') must be the positive numeric client id; it is '{client.Id}'.");
        }

        if (string.IsNullOrWhiteSpace(client.Version))
        {
            failures.Add($"{path}:Version (client '{client.Name}') is missing.");
        }

        if (string.IsNullOrWhiteSpace(client.UserAgent))
        {
            failures.Add($"{path}:UserAgent (client '{client.Name}') is missing.");
        }

        if (client.EmbedUrl is { } embed && !IsHttpUri(embed.Replace("{videoId}", "x", StringComparison.Ordinal)))
        {
            failures.Add($"{path}:EmbedUrl (client '{client.Name}') must be an absolute http(s) address; it is '{embed}'.");
        }
    }

    private static void Positive(double value, string setting, List<string> failures, bool allowZero)
    {
        if (double.IsNaN(value) || value < 0 || (!allowZero && value == 0))
        {
            failures.Add($"{Section}:{setting} must be {(allowZero ? "zero or more" : "positive")}; it is {value}.");
        }
    }

    private static bool IsHttpUri(string? text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
