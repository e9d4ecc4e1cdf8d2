using System.Security.Cryptography;
using System.Text;

namespace YouTubeDownloader.YouTube.Cookies;

/// <summary>
/// The user's YouTube cookies (<c>YouTube__Cookies</c>: a <c>cookies.txt</c>'s content; in Azure a Key Vault
/// reference). Gives the <c>Cookie</c> header for youtube.com and, for InnerTube, the <c>SAPISIDHASH</c>
/// authorization of a logged-in browser. A credential: <see cref="ToString"/> says how many cookies there are, never
/// a name's value, and no header it builds is kept or logged here.
/// </summary>
public sealed class YouTubeCookies
{
    /// <summary>The origin the hash is computed for, and sent as <c>X-Origin</c>.</summary>
    public const string Origin = "https://www.youtube.com";

    private static readonly Uri Site = new(Origin + "/");

    private readonly IReadOnlyList<NetscapeCookie> cookies;

    private YouTubeCookies(IReadOnlyList<NetscapeCookie> cookies) => this.cookies = cookies;

    public static YouTubeCookies None { get; } = new([]);

    public bool IsEmpty => cookies.Count == 0;

    /// <summary>The cookies of a <c>cookies.txt</c>; <see cref="None"/> for null or blank content.</summary>
    /// <exception cref="FormatException">Not a cookies.txt (the message names the line, not its text).</exception>
    public static YouTubeCookies Parse(string? content) =>
        string.IsNullOrWhiteSpace(content) ? None : new YouTubeCookies(NetscapeCookieFile.Parse(content));

    /// <summary>The <c>Cookie</c> header for a request to <paramref name="uri"/>; null when no cookie applies.</summary>
    public string? CookieHeader(Uri uri, DateTimeOffset now)
    {
        var applying = cookies.Where(c => c.AppliesTo(uri, now)).Select(c => $"{c.Name}={c.Value}").ToList();
        return applying.Count == 0 ? null : string.Join("; ", applying);
    }

    /// <summary>
    /// <c>Authorization</c>, <c>X-Origin</c> and <c>X-Goog-AuthUser</c> for an InnerTube request at <paramref name="now"/>:
    /// <c>SAPISIDHASH {ts}_{sha1("{ts} {SAPISID} https://www.youtube.com")}</c>, from <c>SAPISID</c> or, failing it,
    /// <c>__Secure-3PAPISID</c>. Null without either (not logged in).
    /// </summary>
    public InnerTubeAuthorization? Authorization(DateTimeOffset now)
    {
        var sapisid = Value("SAPISID", now) ?? Value("__Secure-3PAPISID", now);
        if (sapisid is null)
        {
            return null;
        }

        var timestamp = now.ToUnixTimeSeconds();
        var hash = Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes($"{timestamp} {sapisid} {Origin}")));
        return new InnerTubeAuthorization($"SAPISIDHASH {timestamp}_{hash}", Origin, "0");
    }

    public override string ToString() => $"YouTubeCookies({cookies.Count} cookies)";

    private string? Value(string name, DateTimeOffset now) =>
        cookies.FirstOrDefault(c => c.Name == name && c.AppliesTo(Site, now))?.Value;
}
