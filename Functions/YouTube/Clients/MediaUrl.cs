namespace YouTubeDownloader.YouTube.Clients;

/// <summary>
/// Reads and sets one query parameter of a stream URL, leaving every other byte of it as YouTube wrote it (its
/// <c>sig</c>-covered parameters must not be re-encoded).
/// </summary>
public static class MediaUrl
{
    /// <summary>The decoded value of <paramref name="name"/>; null when the URL has none.</summary>
    public static string? Get(string url, string name)
    {
        foreach (var pair in Query(url))
        {
            var at = pair.IndexOf('=', StringComparison.Ordinal);
            var key = at < 0 ? pair : pair[..at];
            if (key == name)
            {
                return at < 0 ? "" : Uri.UnescapeDataString(pair[(at + 1)..].Replace('+', ' '));
            }
        }

        return null;
    }

    /// <summary>The URL with <paramref name="name"/> set to <paramref name="value"/>: replaced where it is, else appended.</summary>
    public static string Set(string url, string name, string value)
    {
        var encoded = $"{name}={Uri.EscapeDataString(value)}";
        var question = url.IndexOf('?', StringComparison.Ordinal);
        if (question < 0)
        {
            return $"{url}?{encoded}";
        }

        var pairs = url[(question + 1)..].Split('&').ToList();
        var found = pairs.FindIndex(p => p == name || p.StartsWith(name + "=", StringComparison.Ordinal));
        if (found >= 0)
        {
            pairs[found] = encoded;
        }
        else
        {
            pairs.Add(encoded);
        }

        return $"{url[..question]}?{string.Join('&', pairs.Where(p => p.Length > 0))}";
    }

    private static string[] Query(string url)
    {
        var question = url.IndexOf('?', StringComparison.Ordinal);
        return question < 0 ? [] : url[(question + 1)..].Split('&');
    }
}
