using System.Globalization;

namespace YouTubeDownloader.YouTube.Cookies;

/// <summary>
/// Reads a Netscape <c>cookies.txt</c> (what browser extensions and yt-dlp export): one cookie per line, seven
/// tab-separated fields (domain, include-subdomains, path, secure, expiry in Unix seconds or 0 for a session cookie,
/// name, value); <c>#</c> lines are comments except <c>#HttpOnly_</c>, which marks an HTTP-only cookie's domain.
/// Hand-written: no .NET library reads this format, and it is a few lines.
/// </summary>
public static class NetscapeCookieFile
{
    private const string HttpOnlyPrefix = "#HttpOnly_";

    /// <exception cref="FormatException">A line that is not a cookie; the message gives its number, never its text.</exception>
    public static IReadOnlyList<NetscapeCookie> Parse(string content)
    {
        var cookies = new List<NetscapeCookie>();
        var number = 0;
        foreach (var raw in content.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (line.StartsWith(HttpOnlyPrefix, StringComparison.Ordinal))
            {
                line = line[HttpOnlyPrefix.Length..];
            }
            else if (line.Length == 0 || line.StartsWith('#') || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 7)
            {
                throw new FormatException($"cookies.txt line {number}: expected 7 tab-separated fields, found {fields.Length}.");
            }

            if (!long.TryParse(fields[4], NumberStyles.Integer, CultureInfo.InvariantCulture, out var expiry) || fields[0].Length == 0 || fields[5].Length == 0)
            {
                throw new FormatException($"cookies.txt line {number}: a domain, a name and an expiry in Unix seconds are required.");
            }

            cookies.Add(new NetscapeCookie(
                fields[0],
                Flag(fields[1]),
                fields[2].Length == 0 ? "/" : fields[2],
                Flag(fields[3]),
                expiry <= 0 ? null : DateTimeOffset.FromUnixTimeSeconds(expiry),
                fields[5],
                fields[6]));
        }

        return cookies;
    }

    private static bool Flag(string field) => string.Equals(field, "TRUE", StringComparison.OrdinalIgnoreCase);
}
