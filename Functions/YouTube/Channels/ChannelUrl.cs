using System.Diagnostics.CodeAnalysis;

namespace YouTubeDownloader.YouTube.Channels;

/// <summary>
/// A channel named by a URL on one of YouTube's hosts: <c>/@handle</c>, <c>/channel/UC…</c>, <c>/c/name</c> or
/// <c>/user/name</c>, alone or with <c>/videos</c>. Only the uploads are taken: a URL of another tab (<c>/shorts</c>,
/// <c>/streams</c>, <c>/live</c>, <c>/playlists</c>…) still names a channel, with <see cref="Tab"/> saying which, so
/// the caller can refuse it for that reason rather than as no URL at all.
/// </summary>
/// <param name="Path">The channel's own path, no tab: <c>@handle</c>, <c>channel/UC…</c>, <c>c/name</c>, <c>user/name</c>.</param>
/// <param name="ChannelId">The <c>UC…</c> id when the URL carries it; a handle or custom name has to be resolved.</param>
/// <param name="Tab">A tab other than the uploads (<c>videos</c>); null for the channel itself or its videos.</param>
public sealed record ChannelUrl(string Path, string? ChannelId, string? Tab)
{
    private const string VideosTab = "videos";

    /// <summary>The URL <c>navigation/resolve_url</c> is asked about.</summary>
    public string CanonicalUrl => "https://www.youtube.com/" + Path;

    /// <summary>
    /// True when <paramref name="input"/> is a channel URL; <paramref name="channel"/> is then null when its id, handle or
    /// name is malformed.
    /// </summary>
    public static bool TryParse(string? input, out ChannelUrl? channel)
    {
        channel = null;
        var text = input?.Trim();
        if (string.IsNullOrEmpty(text) || !YouTubeUrl.TryParse(text, out var uri))
        {
            return false;
        }

        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();
        var (path, rest) = segments switch
        {
            [var first, ..] when first.StartsWith('@') => (first, segments[1..]),
            ["channel" or "c" or "user", var name, ..] => ($"{segments[0]}/{name}", segments[2..]),
            _ => ((string?)null, Array.Empty<string>()),
        };
        if (path is null)
        {
            return false;
        }

        if (rest.Length > 1)
        {
            return true;
        }

        var tab = rest is [var t] && !t.Equals(VideosTab, StringComparison.OrdinalIgnoreCase) ? t.ToLowerInvariant() : null;
        channel = FromPath(path) is { } parsed ? parsed with { Tab = tab } : null;
        return true;
    }

    /// <summary>A channel's own path as <see cref="Path"/> writes it; null when it is none.</summary>
    public static ChannelUrl? FromPath(string? path)
    {
        var (kind, name) = path?.IndexOf('/') is > 0 and var slash ? (path[..slash], path[(slash + 1)..]) : ("", path ?? "");
        var valid = kind switch
        {
            "" => name.StartsWith('@') && IsName(name[1..], 3, 30),
            "channel" => ChannelIds.IsValid(name),
            "c" or "user" => IsName(name, 1, 100),
            _ => false,
        };
        return valid ? new ChannelUrl(path!, kind == "channel" ? name : null, null) : null;
    }

    public static bool IsPath(string? text, [NotNullWhen(true)] out ChannelUrl? channel)
    {
        channel = FromPath(text);
        return channel is not null;
    }

    // Handles and custom names take letters of any script, digits, '.', '_', '-' and '·'.
    private static bool IsName(string text, int min, int max) =>
        text.Length >= min && text.Length <= max && text.All(c => char.IsLetterOrDigit(c) || c is '.' or '_' or '-' or '·');
}
