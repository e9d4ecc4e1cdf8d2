using System.Net;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.YouTube.Wire.Playlists;
using YouTubeDownloader.YouTube.InnerTube;
using YouTubeDownloader.Sources;

namespace YouTubeDownloader.YouTube.Playlists;

/// <summary>
/// Reads a playlist from InnerTube in the 2026 request design: the header browse (title, owner, count, or the refusal),
/// then the first page through the token built from the id, then each page through the previous page's token.
/// Rows become <see cref="PlaylistEntry"/>s numbered by YouTube, or by position where YouTube shows no number.
/// </summary>
public sealed class YouTubePlaylistSource(InnerTubeClient innerTube, VisitorDataProvider visitorData) : IPlaylistSource
{
    public async Task<PlaylistPage> ReadFirstPageAsync(PlaylistId id, CancellationToken cancellationToken)
    {
        var visitor = await visitorData.GetAsync(cancellationToken);
        var header = await FetchAsync(() => innerTube.BrowsePlaylistHeaderAsync(id, visitor, cancellationToken), isHeader: true);
        var first = await FetchAsync(() => innerTube.BrowseContinuationAsync(PlaylistContinuation.FirstPage(id), visitor, cancellationToken), isHeader: false);
        return ToPage(id, header, first, entriesBefore: 0);
    }

    public async Task<PlaylistPage> ReadNextPageAsync(PlaylistId id, PlaylistCursor cursor, CancellationToken cancellationToken)
    {
        var visitor = await visitorData.GetAsync(cancellationToken);
        var page = await FetchAsync(() => innerTube.BrowseContinuationAsync(cursor.Token, visitor, cancellationToken), isHeader: false);
        return ToPage(id, page, page, cursor.EntriesRead);
    }

    /// <summary>The details come from <paramref name="details"/> where it has them (the header browse), else from the page itself.</summary>
    private static PlaylistPage ToPage(PlaylistId id, PlaylistListing details, PlaylistListing page, int entriesBefore)
    {
        var entries = page.Items
            .Select((item, position) => new PlaylistEntry(
                item.VideoId,
                item.Title,
                item.DurationSeconds,
                item.Index ?? entriesBefore + position + 1,
                item.Unavailable,
                item.UnavailableReason))
            .ToList();
        // A token after a page without rows would let a reader loop on empty pages: such a list ends there.
        var next = page.Continuation is { } token && entries.Count > 0 ? new PlaylistCursor(token, entriesBefore + entries.Count) : null;
        return new PlaylistPage(
            details.Title ?? page.Title ?? id.Value,
            details.Author ?? page.Author,
            details.TotalVideos ?? page.TotalVideos,
            entries,
            next);
    }

    /// <summary>One browse call read as a listing; YouTube's refusal and every failure become the contract's exceptions.</summary>
    private static async Task<PlaylistListing> FetchAsync(Func<Task<BrowseResponse>> browse, bool isHeader)
    {
        PlaylistListing listing;
        try
        {
            listing = PlaylistListingReader.Read(await browse());
        }
        catch (InnerTubeRequestException ex) when (ex.StatusCode == HttpStatusCode.TooManyRequests)
        {
            throw Refused(DownloadErrorCode.RateLimited, $"YouTube is limiting playlist requests: {ex.Message}", ex);
        }
        catch (InnerTubeRequestException ex) when (ex.StatusCode == HttpStatusCode.NotFound && isHeader)
        {
            throw Refused(DownloadErrorCode.VideoUnavailable, "The playlist does not exist.", ex);
        }
        catch (InnerTubeRequestException ex)
        {
            throw Refused(YouTubeErrors.CodeOf(ex), $"YouTube's playlist request failed: {ex.Message}", ex);
        }
        catch (InvalidDataException ex)
        {
            throw Refused(DownloadErrorCode.SourceError, $"YouTube's playlist answer is unreadable: {ex.Message}", ex);
        }

        if (listing.Error is { } error)
        {
            // "This playlist is private." is the one refusal with its own code; the rest ("does not exist", "unviewable") are unavailable.
            var code = error.Contains("private", StringComparison.OrdinalIgnoreCase) ? DownloadErrorCode.Private : DownloadErrorCode.VideoUnavailable;
            throw Refused(code, error);
        }

        return listing;
    }

    /// <summary>The client reads what the code means for a list (<see cref="Texts.PlaylistRefused"/>); YouTube's words go to the log.</summary>
    private static DownloadFailedException Refused(DownloadErrorCode code, string detail, Exception? inner = null) =>
        YouTubeErrors.Create(code, detail, inner, Texts.PlaylistRefused(code));
}
