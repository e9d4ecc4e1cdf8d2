using System.Diagnostics;
using YouTubeDownloader.YouTube.Wire;

namespace YouTubeDownloader.YouTube.Clients;

/// <summary>
/// Turns a response's formats into fetchable ones with the player's answers (docs/player-challenges.md): a <c>signatureCipher</c> (<c>s</c>, <c>sp</c>, <c>url</c>) becomes <c>url&amp;{sp}={sig(s)}</c>; a URL's
/// <c>n</c> is replaced by <c>n(n)</c>, each distinct value solved once however many formats carry it; a PO token, when
/// the client's policy needs one, goes on every URL as <c>pot=</c>. A format whose challenge there is no answer for
/// (no player) stays as it came, so the stream chooser drops it as before.
/// </summary>
public static class FormatUrlSolver
{
    /// <param name="sig">The player's <c>sig</c> function; null when there is no player.</param>
    /// <param name="n">The player's <c>n</c> function; null when there is no player.</param>
    /// <param name="poToken">The value of <c>pot=</c>; null for none.</param>
    /// <exception cref="Player.PlayerChallengeException">The player failed on a value.</exception>
    public static SolvedFormats Solve(IEnumerable<StreamingFormat> formats, Func<string, string>? sig, Func<string, string>? n, string? poToken)
    {
        var clock = Stopwatch.StartNew();
        var nAnswers = new Dictionary<string, string>(StringComparer.Ordinal);
        var result = new List<StreamingFormat>();
        int ciphered = 0, withN = 0, solved = 0;
        foreach (var format in formats)
        {
            var url = format.Url;
            var complete = true;
            if (url is null && format.SignatureCipher is { } cipher)
            {
                ciphered++;
                url = Decipher(cipher, sig);
                complete = url is not null;
            }

            if (url is null)
            {
                result.Add(format);
                continue;
            }

            if (MediaUrl.Get(url, "n") is { } challenge)
            {
                withN++;
                if (n is null)
                {
                    complete = false;
                }
                else
                {
                    if (!nAnswers.TryGetValue(challenge, out var answer))
                    {
                        nAnswers[challenge] = answer = n(challenge);
                    }

                    url = MediaUrl.Set(url, "n", answer);
                }
            }

            if (!complete)
            {
                result.Add(format);
                continue;
            }

            if (poToken is not null)
            {
                url = MediaUrl.Set(url, "pot", poToken);
            }

            if (url == format.Url)
            {
                result.Add(format);
                continue;
            }

            solved++;
            result.Add(format.WithUrl(url));
        }

        return new SolvedFormats(result, ciphered, withN, nAnswers.Count, solved, clock.Elapsed);
    }

    /// <summary>As above with a prepared player's answers.</summary>
    public static SolvedFormats Solve(IEnumerable<StreamingFormat> formats, Player.PreparedPlayer? player, string? poToken) =>
        Solve(formats, player is null ? null : player.SolveSig, player is null ? null : player.SolveN, poToken);

    // s=…&sp=sig&url=… (each form-encoded); sp is "signature" when left out, as the older players wrote it.
    private static string? Decipher(string cipher, Func<string, string>? sig)
    {
        var fields = cipher.Split('&')
            .Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2)
            .GroupBy(p => p[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Uri.UnescapeDataString(g.First()[1].Replace('+', ' ')), StringComparer.Ordinal);
        if (sig is null || !fields.TryGetValue("s", out var s) || !fields.TryGetValue("url", out var url)
            || !Uri.TryCreate(url, UriKind.Absolute, out _))
        {
            return null;
        }

        var parameter = fields.TryGetValue("sp", out var sp) && sp.Length > 0 ? sp : "signature";
        return MediaUrl.Set(url, parameter, sig(s));
    }
}
