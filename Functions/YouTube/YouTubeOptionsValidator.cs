using Microsoft.Extensions.Options;

namespace YouTubeDownloader.YouTube;

/// <summary>Checks the YouTube settings at start-up; every message names the setting to fix.</summary>
internal sealed class YouTubeOptionsValidator : IValidateOptions<YouTubeOptions>
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
            if (!options.Clients.Any(c => string.Equals(c.Name, client, StringComparison.OrdinalIgnoreCase)))
            {
                var known = string.Join(", ", options.Clients.Select(c => c.Name));
                failures.Add($"{Section}:ClientOrder names '{client}', which is not in {Section}:Clients (known: {known}).");
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
