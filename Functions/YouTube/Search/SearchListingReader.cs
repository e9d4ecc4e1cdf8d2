using YouTubeDownloader.YouTube.Wire;
using YouTubeDownloader.YouTube.Wire.Search;
using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.YouTube.Search;

/// <summary>
/// Reads a search page the way docs/youtube.md ("How it works", search) describes the listing: the results are
/// the direct children of every item section, in order; shelves (carousels YouTube injects) are skipped with all
/// they hold, as are channels, playlists, ads and notices. The next page's token is the continuation item's.
/// </summary>
public static class SearchListingReader
{
    /// <exception cref="InvalidDataException">The body is not a search page.</exception>
    public static SearchListing Read(SearchResponse response)
    {
        if (!response.HasResults)
        {
            throw new InvalidDataException("The search response holds neither result sections nor continuation items.");
        }

        var items = new List<SearchVideo>();
        string? continuation = null;
        string? corrected = null;
        foreach (var section in response.Sections)
        {
            continuation ??= section.ContinuationToken;
            foreach (var item in section.Items)
            {
                switch (item.Kind)
                {
                    case SearchItemKind.Video when FromVideo(item.AsVideo()) is { } video:
                        items.Add(video);
                        break;
                    case SearchItemKind.Lockup when FromLockup(item.AsLockup()) is { } video:
                        items.Add(video);
                        break;
                    case SearchItemKind.Short when FromShort(item.AsShort()) is { } video:
                        items.Add(video);
                        break;
                    case SearchItemKind.Correction:
                        corrected ??= item.AsCorrection().CorrectedQuery;
                        break;
                }
            }
        }

        return new SearchListing(items, continuation, corrected);
    }

    private static SearchVideo? FromVideo(VideoRenderer video) =>
        ValidId(video.VideoId) is { } id
            ? new SearchVideo(
                id,
                video.Title ?? "",
                DisplayNumbers.Duration(video.LengthText),
                video.Author,
                DisplayNumbers.ViewCount(video.ViewCountText), // a live stream's "N watching" reads as null
                video.IsShort,
                video.IsLive,
                Thumbnail(id, video.Thumbnails))
            : null;

    private static SearchVideo? FromLockup(LockupViewModel lockup)
    {
        if (!lockup.IsVideo || ValidId(lockup.ContentId) is not { } id)
        {
            return null;
        }

        var badges = lockup.Badges;
        var live = badges.Any(b => b.Style?.Contains("LIVE", StringComparison.Ordinal) == true || b.Text == "LIVE");
        var rows = lockup.MetadataRows;
        return new SearchVideo(
            id,
            lockup.Title ?? "",
            live ? null : badges.Select(b => DisplayNumbers.Duration(b.Text)).FirstOrDefault(d => d is not null),
            rows.Count > 0 && rows[0].Count > 0 ? rows[0][0] : null,
            rows.Skip(1).SelectMany(r => r).Select(DisplayNumbers.ViewCount).FirstOrDefault(v => v is not null),
            IsShort: false,
            live,
            Thumbnail(id, lockup.Thumbnails));
    }

    private static SearchVideo? FromShort(ShortItem item) =>
        ValidId(item.VideoId) is { } id
            ? new SearchVideo(id, item.Title ?? "", null, null, DisplayNumbers.ViewCount(item.ViewCountText), IsShort: true, IsLive: false, Thumbnail(id, item.Thumbnails))
            : null;

    private static string? ValidId(string? id) => id is not null && VideoId.IsValidId(id) ? id : null;

    /// <summary>The largest thumbnail on <c>i.ytimg.com</c> (not i9's signed, short-lived ones); else the standard one every video has.</summary>
    private static string Thumbnail(string videoId, IReadOnlyList<Thumbnail> thumbnails) =>
        thumbnails
            .Where(t => Uri.TryCreate(t.Url, UriKind.Absolute, out var u) && u.Scheme == Uri.UriSchemeHttps && u.Host.Equals("i.ytimg.com", StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(t => (long)t.Width * t.Height)
            .Select(t => t.Url)
            .FirstOrDefault()
        ?? $"https://i.ytimg.com/vi/{videoId}/hqdefault.jpg";
}
