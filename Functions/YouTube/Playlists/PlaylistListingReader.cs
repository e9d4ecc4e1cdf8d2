using System.Globalization;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.YouTube.Search;
using YouTubeDownloader.YouTube.Wire.Playlists;
using YouTubeDownloader.YouTube.Wire.Search;

namespace YouTubeDownloader.YouTube.Playlists;

/// <summary>
/// Reads a playlist browse response the way docs/youtube.md ("Reading playlists") describes the page: title,
/// owner and count from the sidebar (else the header), the rows of the row lists in order, the token of the
/// continuation row that ends them, and the first <c>ERROR</c> alert. Rows that are no video (and rows without a valid
/// id) are skipped.
/// </summary>
public static class PlaylistListingReader
{
    // Placeholder titles YouTube gives the rows of videos that are gone; the rows stay so the numbering holds.
    private const string DeletedTitle = "[Deleted video]";
    private const string PrivateTitle = "[Private video]";

    /// <exception cref="InvalidDataException">The body is neither a playlist page nor a refusal.</exception>
    public static PlaylistListing Read(BrowseResponse response)
    {
        if (response.Alerts.Where(a => a.IsError).Select(a => a.Text ?? "YouTube refused the playlist.").FirstOrDefault() is { } error)
        {
            return new PlaylistListing(null, null, null, [], null, error);
        }

        var title = response.Title;
        if (title is null && !response.HasRowList)
        {
            throw new InvalidDataException("The browse response holds neither a playlist's details, nor rows, nor an error.");
        }

        var items = new List<PlaylistListingItem>();
        string? continuation = null;
        foreach (var row in response.Rows)
        {
            var item = row.Kind switch
            {
                PlaylistRowKind.Video => FromVideo(row.AsVideo()),
                PlaylistRowKind.Short => FromShort(row.AsShort()),
                PlaylistRowKind.Lockup => FromLockup(row.AsLockup()),
                _ => null,
            };
            if (item is not null)
            {
                items.Add(item);
            }

            if (row.Kind == PlaylistRowKind.Continuation)
            {
                continuation = row.ContinuationToken;
            }
        }

        return new PlaylistListing(title, response.Owner, DisplayNumbers.VideoCount(response.VideoCountText), items, continuation, null);
    }

    private static PlaylistListingItem? FromVideo(PlaylistVideoRenderer video)
    {
        if (ValidId(video.VideoId) is not { } id)
        {
            return null;
        }

        var title = video.Title ?? "";
        (DownloadErrorCode? Code, string? Reason) unavailable = title switch
        {
            PrivateTitle => (DownloadErrorCode.Private, "This video is private."),
            DeletedTitle => (DownloadErrorCode.VideoUnavailable, "This video has been deleted."),
            _ when video.IsMembersOnly => (DownloadErrorCode.MembersOnly, "This video is for the channel's members only."),
            _ when video.IsPlayable != true => (DownloadErrorCode.VideoUnavailable, video.UnplayableText ?? "YouTube shows this video as unavailable."),
            _ => (null, null),
        };
        return new PlaylistListingItem(
            id,
            title,
            video.LengthSeconds ?? DisplayNumbers.Duration(video.LengthText),
            int.TryParse(video.IndexText, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index > 0 ? index : null,
            unavailable.Code,
            unavailable.Reason);
    }

    // A Shorts grid shows neither a number nor a length.
    private static PlaylistListingItem? FromShort(ShortItem item) =>
        ValidId(item.VideoId) is { } id ? new PlaylistListingItem(id, item.Title ?? "", null, null) : null;

    private static PlaylistListingItem? FromLockup(LockupViewModel lockup) =>
        lockup.IsVideo && ValidId(lockup.ContentId) is { } id
            ? new PlaylistListingItem(id, lockup.Title ?? "", lockup.Badges.Select(b => DisplayNumbers.Duration(b.Text)).FirstOrDefault(d => d is not null), null)
            : null;

    private static string? ValidId(string? id) => id is not null && VideoId.IsValidId(id) ? id : null;
}
