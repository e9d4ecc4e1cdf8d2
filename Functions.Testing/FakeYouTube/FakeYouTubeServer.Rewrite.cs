using System.Globalization;
using System.Text.Json.Nodes;
using System.Web;
using YouTubeDownloader.Testing.Media;

namespace YouTubeDownloader.Testing.FakeYouTube;

public sealed partial class FakeYouTubeServer
{
    /// <summary>
    /// Points every plain stream URL of a player response at this fake (one URL generation per response, so a
    /// "fresh player response" really gives new URLs) and every i.ytimg.com thumbnail too. Formats with only a
    /// <c>signatureCipher</c> or no URL stay as they are; an <c>n</c> parameter is kept so the resolver still sees it.
    /// A challenged answer's formats (plain or ciphered as recorded) are all served ciphered, with the current player's
    /// challenge inputs, and their expected answers are kept for the media requests.
    /// </summary>
    private string Rewrite(PlayerAnswer answer, string videoId, int gen, SentChallengeInputs sent)
    {
        var playerJson = answer.PlayerJson!;
        var challenger = answer.Challenged || answer.RequiresPoToken ? Challenger(answer, gen, sent) : null;
        var root = JsonNode.Parse(playerJson);
        if (root is not JsonObject player)
        {
            return playerJson;
        }

        var expire = DateTimeOffset.UtcNow.AddHours(6).ToUnixTimeSeconds();
        foreach (var list in new[] { "formats", "adaptiveFormats" })
        {
            if (player["streamingData"]?[list] is not JsonArray formats)
            {
                continue;
            }

            foreach (var format in formats.OfType<JsonObject>())
            {
                var original = format["url"] is JsonValue urlValue && urlValue.TryGetValue<string>(out var plain)
                    ? plain
                    : challenger is not null ? CipheredUrl(format) : null;
                if (original is null || !int.TryParse(format["itag"]?.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var itag))
                {
                    continue;
                }

                var query = Uri.TryCreate(original, UriKind.Absolute, out var uri) ? HttpUtility.ParseQueryString(uri.Query) : [];
                var declared = long.TryParse(format["contentLength"]?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var cl) ? cl : (long?)null;
                var content = media.GetOrAdd((videoId, itag), _ => MediaContent.Pattern(declared ?? 1_000_000 + itag, PatternSeed(videoId, itag)));
                if (declared is not null && explicitMedia.ContainsKey((videoId, itag)))
                {
                    // A test that set real MP4 bytes gets their length announced.
                    format["contentLength"] = content.Length.ToString(CultureInfo.InvariantCulture);
                }

                var url = $"{BaseAddress.ToString().TrimEnd('/')}/videoplayback?id={Uri.EscapeDataString(videoId)}&itag={itag}&gen={gen}&expire={expire}";
                if (query["clen"] is not null)
                {
                    url += $"&clen={content.Length}";
                }

                if (challenger is not null)
                {
                    challenger(format, url, (videoId, itag, gen));
                    continue;
                }

                if (query["n"] is { } n)
                {
                    url += $"&n={Uri.EscapeDataString(n)}";
                }

                format["url"] = url;
            }
        }

        if (player["videoDetails"]?["thumbnail"]?["thumbnails"] is JsonArray thumbnails)
        {
            foreach (var thumbnail in thumbnails.OfType<JsonObject>())
            {
                if (thumbnail["url"]?.ToString() is { } url && Uri.TryCreate(url, UriKind.Absolute, out var t) && t.Host.EndsWith("ytimg.com", StringComparison.OrdinalIgnoreCase))
                {
                    thumbnail["url"] = BaseAddress.ToString().TrimEnd('/') + t.AbsolutePath;
                }
            }
        }

        RewriteCaptions(player, videoId);
        return player.ToJsonString();
    }

    private static string? CipheredUrl(JsonObject format) =>
        format["signatureCipher"]?.GetValue<string>() is { } cipher ? HttpUtility.ParseQueryString(cipher)["url"] : null;

    /// <summary>
    /// Serves one format of a challenged answer: a <c>signatureCipher</c> with a <c>sig</c> input (one per format) and an
    /// <c>n</c> input (one per response, as YouTube does) of the current player, and keeps what its media URL must carry.
    /// A request without that player's <c>signatureTimestamp</c> gets formats no answer opens, as on YouTube.
    /// </summary>
    private Action<JsonObject, string, (string, int, int)> Challenger(PlayerAnswer answer, int gen, SentChallengeInputs sent)
    {
        var player = answer.Challenged && CurrentPlayerId is { } id ? players.GetValueOrDefault(id) : null;
        var pot = answer.RequiresPoToken ? sent.PoToken ?? "(no PO token was sent)" : null;
        var index = 0;
        return (format, url, key) =>
        {
            if (!answer.Challenged)
            {
                format["url"] = url;
                expectations[key] = new ChallengeExpectation(null, null, pot);
                return;
            }

            if (player is null)
            {
                throw new InvalidOperationException("A challenged answer needs a current player (UsePlayer).");
            }

            var n = player.N[gen % player.N.Count];
            var sig = player.Sig[index++ % player.Sig.Count];
            var timestampMatches = sent.SignatureTimestamp is { } sts && sts == player.SignatureTimestamp;
            format.Remove("url");
            format["signatureCipher"] = $"s={Uri.EscapeDataString(sig.Input)}&sp=sig&url={Uri.EscapeDataString($"{url}&n={Uri.EscapeDataString(n.Input)}")}";
            expectations[key] = new ChallengeExpectation(timestampMatches ? sig.Expected : "(signatureTimestamp not sent)", n.Expected, pot);
        };
    }
}
