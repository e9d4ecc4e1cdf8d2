using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Sources;

/// <summary>Reads a playlist page by page. The YouTube one browses InnerTube; tests point it at the local fake.</summary>
public interface IPlaylistSource
{
    /// <summary>The list's details and its first entries.</summary>
    /// <exception cref="Downloads.DownloadFailedException">
    /// YouTube says the list does not exist or cannot be viewed (<c>video_unavailable</c>, <c>private</c>…), or could not
    /// be read (<c>rate_limited</c>, <c>source_error</c>, <c>source_unreachable</c>: worth another try).
    /// </exception>
    Task<PlaylistPage> ReadFirstPageAsync(PlaylistId id, CancellationToken cancellationToken);

    /// <summary>The page a cursor of an earlier page points at. Same failures as <see cref="ReadFirstPageAsync"/>.</summary>
    Task<PlaylistPage> ReadNextPageAsync(PlaylistId id, PlaylistCursor cursor, CancellationToken cancellationToken);
}
