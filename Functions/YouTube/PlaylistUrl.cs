using System.Web;
using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.YouTube;

/// <summary>
/// Finds the playlist a client names: a <c>/playlist?list=</c> URL on one of YouTube's hosts (<see cref="YouTubeUrl"/>),
/// or the <c>list=</c> of a watch URL when the caller asks for it: a watch URL names one video unless the client says it
/// wants the list.
/// </summary>
public static class PlaylistUrl
{
    /// <summary>
    /// True when <paramref name="input"/> is a URL that names a playlist: <c>/playlist?list=</c>, or a watch URL's
    /// <c>list=</c> when <paramref name="includeWatchUrls"/>. <paramref name="id"/> is null when the named id is malformed.
    /// </summary>
    public static bool TryParse(string? input, bool includeWatchUrls, out PlaylistId? id)
    {
        id = null;
        var text = input?.Trim();
        if (string.IsNullOrEmpty(text) || !YouTubeUrl.TryParse(text, out var uri))
        {
            return false;
        }

        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments is not (["playlist"] or ["watch"]) || (segments is ["watch"] && !includeWatchUrls))
        {
            return false;
        }

        var list = HttpUtility.ParseQueryString(uri.Query)["list"];
        if (list is null)
        {
            return false;
        }

        PlaylistId.TryParseId(list, out id);
        return true;
    }

    /// <summary>The id YouTube's browse endpoint takes for a list.</summary>
    public static string BrowseId(PlaylistId id) => "VL" + id.Value;
}
