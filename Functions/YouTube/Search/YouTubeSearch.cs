using System.Net;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.YouTube.InnerTube;
using YouTubeDownloader.YouTube.Clients;

namespace YouTubeDownloader.YouTube.Search;

/// <summary>
/// Search: a text query goes to <c>/youtubei/v1/search</c> (following continuations until enough videos are in).
/// A YouTube URL or video id answers that one video: from the player, or, when the player refuses it (a live stream,
/// a video too long to download…), from a search for its id. A bare id found neither way is searched as text
/// (eleven letters may be a word); a URL found neither way answers the player's refusal.
/// </summary>
public sealed class YouTubeSearch(InnerTubeClient innerTube, VisitorDataProvider visitorData, YouTubeClientChain chain)
{
    /// <summary>Pages fetched per call at most: 50 results take three pages; a filter that yields pages without videos must not loop.</summary>
    public const int MaxPagesPerCall = 6;

    /// <exception cref="SearchFailedException">YouTube refused, or answered something unreadable.</exception>
    /// <exception cref="SearchContinuationException">YouTube rejected the cursor's token.</exception>
    /// <exception cref="DownloadFailedException">The query is a video URL and YouTube refuses that video.</exception>
    public async Task<SearchPage> SearchAsync(string query, int maxResults, SearchCursor? cursor, CancellationToken cancellationToken)
    {
        if (cursor is not null || !VideoUrl.TryParse(query, out var parsed))
        {
            return await SearchTextAsync(query, maxResults, cursor, cancellationToken);
        }

        var videoId = parsed.Value.Value;
        try
        {
            return new SearchPage([await FromPlayerAsync(query, videoId, cancellationToken)], null, null);
        }
        catch (DownloadFailedException ex) when (!ex.IsRetryable)
        {
            var byId = await SearchTextAsync(videoId, maxResults, null, cancellationToken);
            if (byId.Items.FirstOrDefault(v => v.VideoId == videoId) is { } found)
            {
                return new SearchPage([found], null, null);
            }

            if (query.Trim() == videoId)
            {
                return byId;
            }

            throw;
        }
    }

    private async Task<SearchPage> SearchTextAsync(string query, int maxResults, SearchCursor? cursor, CancellationToken cancellationToken)
    {
        var items = new List<SearchVideo>();
        string? corrected = null;
        var token = cursor?.Token;
        var skip = cursor?.Skip ?? 0;
        for (var pages = 0; pages < MaxPagesPerCall; pages++)
        {
            var listing = await FetchAsync(query, token, clientToken: pages == 0 && cursor is not null, cancellationToken);
            corrected ??= listing.CorrectedQuery;
            var fresh = listing.Items.Skip(skip).ToList();
            var take = Math.Min(maxResults - items.Count, fresh.Count);
            items.AddRange(fresh.Take(take));
            if (take < fresh.Count)
            {
                return new SearchPage(items, SearchCursor.For(query, token, skip + take), corrected);
            }

            if (listing.Continuation is null)
            {
                return new SearchPage(items, null, corrected);
            }

            (token, skip) = (listing.Continuation, 0);
            if (items.Count >= maxResults)
            {
                break;
            }
        }

        return new SearchPage(items, SearchCursor.For(query, token, 0), corrected);
    }

    private async Task<SearchVideo> FromPlayerAsync(string query, string videoId, CancellationToken cancellationToken)
    {
        var video = await chain.GetVideoAsync(videoId, fresh: false, cancellationToken);
        return new SearchVideo(
            video.VideoId,
            video.Title,
            video.DurationSeconds,
            video.Author,
            video.ViewCount,
            query.Contains("/shorts/", StringComparison.OrdinalIgnoreCase),
            IsLive: false, // the player chain refuses live streams (live_not_supported); those come from the search
            $"https://i.ytimg.com/vi/{video.VideoId}/hqdefault.jpg");
    }

    /// <param name="clientToken">The token is the client's (its continuation): YouTube rejecting it is the client's input.
    /// A token from a page read in this call that YouTube rejects is YouTube's failure.</param>
    private async Task<SearchListing> FetchAsync(string query, string? token, bool clientToken, CancellationToken cancellationToken)
    {
        try
        {
            var visitor = await visitorData.GetAsync(cancellationToken);
            return SearchListingReader.Read(await innerTube.SearchAsync(query, token, visitor, cancellationToken));
        }
        catch (InnerTubeRequestException ex) when (ex.StatusCode == HttpStatusCode.BadRequest && clientToken)
        {
            throw new SearchContinuationException($"YouTube rejected the continuation: {ex.Message}", ex);
        }
        catch (InnerTubeRequestException ex)
        {
            throw new SearchFailedException(YouTubeErrors.CodeOf(ex), $"YouTube search failed: {ex.Message}", ex);
        }
        catch (InvalidDataException ex)
        {
            throw new SearchFailedException(DownloadErrorCode.SourceError, $"YouTube's search answer is unreadable: {ex.Message}", ex);
        }
    }
}
