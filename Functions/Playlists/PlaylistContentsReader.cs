using Microsoft.Extensions.Options;
using YouTubeDownloader.Sources;
using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Playlists;

/// <summary>Reads a playlist page after page into one list, up to <see cref="PlaylistOptions.MaxEntries"/> entries.</summary>
public sealed class PlaylistContentsReader(IPlaylistSource source, IOptionsMonitor<PlaylistOptions> options)
{
    /// <param name="readOn">Whether to read on after a page (a reader that can stop early); null reads to the cap.</param>
    /// <exception cref="Downloads.DownloadFailedException">As <see cref="IPlaylistSource"/>: the list is refused or YouTube fails.</exception>
    public async Task<PlaylistContents> ReadAsync(PlaylistId id, CancellationToken cancellationToken, Func<PlaylistPage, bool>? readOn = null)
    {
        var max = options.CurrentValue.MaxEntries;
        var page = await source.ReadFirstPageAsync(id, cancellationToken);
        var first = page;
        var entries = new List<PlaylistEntry>(page.Entries);

        // A page without entries ends the list: a source that kept handing out tokens for nothing must not loop.
        while (entries.Count < max && page.Next is { } cursor && page.Entries.Count > 0 && readOn?.Invoke(page) != false)
        {
            page = await source.ReadNextPageAsync(id, cursor, cancellationToken);
            entries.AddRange(page.Entries);
        }

        var truncated = entries.Count > max || (page.Next is not null && page.Entries.Count > 0);
        return new PlaylistContents(first.Title, first.Author, first.TotalVideos, entries.Take(max).ToList(), truncated);
    }
}
