using System.Diagnostics.CodeAnalysis;
using System.Web;
using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.YouTube;

/// <summary>Finds the video a client names: a bare id, or a URL on one of YouTube's hosts (<see cref="YouTubeUrl"/>).</summary>
public static class VideoUrl
{
    // Path prefixes followed by the id as the next segment.
    private static readonly HashSet<string> IdSegments = new(StringComparer.OrdinalIgnoreCase)
    {
        "shorts", "embed", "live", "v", "e",
    };

    public static bool TryParse(string? input, [NotNullWhen(true)] out VideoId? id)
    {
        id = null;
        var text = input?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        if (VideoId.TryParseId(text, out id))
        {
            return true;
        }

        if (!YouTubeUrl.TryParse(text, out var uri))
        {
            return false;
        }

        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        string? candidate = null;
        if (uri.Host.EndsWith("youtu.be", StringComparison.OrdinalIgnoreCase))
        {
            candidate = segments.Length == 1 ? segments[0] : null;
        }
        else if (segments is ["watch"])
        {
            candidate = HttpUtility.ParseQueryString(uri.Query)["v"];
        }
        else if (segments.Length == 2 && IdSegments.Contains(segments[0]))
        {
            candidate = segments[1];
        }

        return candidate is not null && VideoId.TryParseId(candidate, out id);
    }
}
