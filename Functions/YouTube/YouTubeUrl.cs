using System.Diagnostics.CodeAnalysis;

namespace YouTubeDownloader.YouTube;

/// <summary>
/// A URL on one of YouTube's own hosts (a bare <c>youtube.com/…</c> is taken as https). The allow-list is the only guard
/// against fetching arbitrary hosts on a user's behalf (SSRF), so video and playlist ids are read through it alone.
/// </summary>
public static class YouTubeUrl
{
    private static readonly HashSet<string> Hosts = new(StringComparer.OrdinalIgnoreCase)
    {
        "youtube.com", "www.youtube.com", "m.youtube.com", "music.youtube.com",
        "youtube-nocookie.com", "www.youtube-nocookie.com", "youtu.be",
    };

    /// <summary>The canonical watch URL of a video: what the API shows as <c>url</c> and what a file's tags cite.</summary>
    public static string Watch(string videoId) => $"https://www.youtube.com/watch?v={videoId}";

    public static bool TryParse(string text, [NotNullWhen(true)] out Uri? uri)
    {
        if (!text.Contains("://", StringComparison.Ordinal))
        {
            text = "https://" + text;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && string.IsNullOrEmpty(uri.UserInfo)
            && uri.IsDefaultPort
            && Hosts.Contains(uri.Host))
        {
            return true;
        }

        uri = null;
        return false;
    }
}
