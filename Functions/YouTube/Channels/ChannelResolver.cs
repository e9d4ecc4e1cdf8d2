using System.Net;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.YouTube.Wire.Channels;
using YouTubeDownloader.YouTube.InnerTube;

namespace YouTubeDownloader.YouTube.Channels;

/// <summary>
/// A channel URL to the playlist of its uploads: a <c>/channel/UC…</c> URL directly, a handle or custom URL through
/// InnerTube's <c>navigation/resolve_url</c>. Failures are the contract's exceptions, as the playlist source's are.
/// </summary>
public sealed class ChannelResolver(InnerTubeClient innerTube, VisitorDataProvider visitorData)
{
    /// <exception cref="DownloadFailedException">
    /// <c>video_unavailable</c> when YouTube knows no such channel; transient <c>rate_limited</c> / <c>source_error</c> when it
    /// could not be asked or answered something unreadable.
    /// </exception>
    public async Task<PlaylistId> UploadsAsync(ChannelUrl channel, CancellationToken cancellationToken)
    {
        if (channel.ChannelId is { } known)
        {
            return ChannelIds.Uploads(known);
        }

        ResolveUrlResponse answer;
        try
        {
            answer = await innerTube.ResolveUrlAsync(channel.CanonicalUrl, await visitorData.GetAsync(cancellationToken), cancellationToken);
        }
        catch (InnerTubeRequestException ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            throw new DownloadFailedException(DownloadErrorCode.VideoUnavailable, "This channel does not exist.", ex);
        }
        catch (InnerTubeRequestException ex) when (ex.StatusCode == HttpStatusCode.TooManyRequests)
        {
            throw YouTubeErrors.Create(DownloadErrorCode.RateLimited, $"YouTube is limiting channel requests: {ex.Message}", ex);
        }
        catch (InnerTubeRequestException ex)
        {
            throw YouTubeErrors.Create(DownloadErrorCode.SourceError, $"YouTube's channel request failed: {ex.Message}", ex);
        }
        catch (InvalidDataException ex)
        {
            throw YouTubeErrors.Create(DownloadErrorCode.SourceError, $"YouTube's channel answer is unreadable: {ex.Message}", ex);
        }

        // A URL that leads elsewhere (a video, an outside link) names no channel, whatever its shape.
        return answer.PageType == ResolveUrlResponse.ChannelPageType && ChannelIds.IsValid(answer.BrowseId)
            ? ChannelIds.Uploads(answer.BrowseId!)
            : throw new DownloadFailedException(DownloadErrorCode.VideoUnavailable, "This URL leads to no channel.");
    }
}
