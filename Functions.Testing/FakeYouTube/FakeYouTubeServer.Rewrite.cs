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
    /// </summary>
    private string Rewrite(string playerJson, string videoId, int gen)
    {
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
                if (format["url"] is not JsonValue urlValue || !urlValue.TryGetValue<string>(out var original)
                    || !int.TryParse(format["itag"]?.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var itag))
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
}
