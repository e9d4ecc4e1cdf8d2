namespace YouTubeDownloader.YouTube.Cookies;

/// <summary>One line of a Netscape <c>cookies.txt</c>. A credential: <see cref="ToString"/> shows the name, never the value.</summary>
public sealed record NetscapeCookie(
    string Domain,
    bool IncludeSubdomains,
    string Path,
    bool Secure,
    DateTimeOffset? Expires,
    string Name,
    string Value)
{
    /// <summary>Whether a request to <paramref name="uri"/> at <paramref name="now"/> carries this cookie (RFC 6265 domain and path match).</summary>
    public bool AppliesTo(Uri uri, DateTimeOffset now)
    {
        if (Expires is { } expires && expires <= now)
        {
            return false;
        }

        if (Secure && uri.Scheme != Uri.UriSchemeHttps)
        {
            return false;
        }

        var host = uri.Host;
        var domain = Domain.TrimStart('.');
        var domainMatches = string.Equals(host, domain, StringComparison.OrdinalIgnoreCase)
            || (IncludeSubdomains && host.EndsWith("." + domain, StringComparison.OrdinalIgnoreCase));
        var path = uri.AbsolutePath;
        var pathMatches = path == Path
            || (path.StartsWith(Path, StringComparison.Ordinal) && (Path.EndsWith('/') || path[Path.Length] == '/'));
        return domainMatches && pathMatches;
    }

    public override string ToString() => $"{Name} for {Domain}{Path}";
}
