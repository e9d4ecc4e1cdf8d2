using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Playlists;

/// <summary>
/// A playlist task as the client sees it, from its row and its entries: progress is the mean of the entries (those the
/// client cancelled left out), sizes
/// and speed their sums, and once its workflow has ended the status follows the entries (an entry cancelled, removed
/// or retried later changes it). A cancel of the playlist, or a list that could not be read, stays as stored.
/// </summary>
public static class PlaylistSummary
{
    public static DownloadTask Apply(DownloadTask playlist, IReadOnlyList<DownloadTask> entries)
    {
        if (entries.Count == 0)
        {
            return playlist;
        }

        var running = entries.Where(e => !e.IsFinished).ToList();

        // An entry the client cancelled is no longer wanted: it does not hold the mean back.
        IReadOnlyList<DownloadTask> counted = entries.Where(e => e.Status != DownloadStatus.Cancelled).ToList();
        var shown = playlist with
        {
            EntriesProgress = Math.Round((counted.Count > 0 ? counted : entries).Average(e => e.Progress), 1),
            FileSize = entries.Sum(e => e.FileSize),
            DownloadedBytes = entries.Sum(e => e.Status == DownloadStatus.Completed ? e.FileSize : e.DownloadedBytes),
            BytesPerSecond = running.Count > 0 ? running.Sum(e => e.BytesPerSecond ?? 0) : null,
        };
        return EndedByEntries(playlist) ? WithOutcome(shown, entries) : shown;
    }

    /// <summary>The status, code and message the entries give the playlist once every page has been read.</summary>
    public static DownloadTask WithOutcome(DownloadTask playlist, IReadOnlyList<DownloadTask> entries)
    {
        var failed = entries.Count(e => e.Status == DownloadStatus.Error);
        var completed = entries.Where(e => e.Status == DownloadStatus.Completed).ToList();
        var (status, code, message) = entries.Any(e => !e.IsFinished)
            ? (DownloadStatus.Downloading, (DownloadErrorCode?)null, (string?)null)
            : failed > 0
                ? (DownloadStatus.Error, DownloadErrorCode.PartiallyFailed, FailedMessage(failed, entries.Count))
                : completed.Count > 0
                    ? (DownloadStatus.Completed, null, null)
                    : (DownloadStatus.Cancelled, null, null);
        return playlist with
        {
            Status = status,
            ErrorCode = code,
            ErrorMessage = message,
            CompletedAt = status == DownloadStatus.Completed ? completed.Max(e => e.CompletedAt) : null,
            BytesPerSecond = status == DownloadStatus.Downloading ? playlist.BytesPerSecond : null,
            EtaSeconds = null,
        };
    }

    public static string FailedMessage(int failed, int total) =>
Texts.EntriesFailed(failed, total);

    /// <summary>The workflow has ended and left the outcome to the entries (not cancelled, not a list-level failure).</summary>
    private static bool EndedByEntries(DownloadTask playlist) =>
        playlist.Status == DownloadStatus.Completed
        || playlist.Status == DownloadStatus.Error && playlist.ErrorCode == DownloadErrorCode.PartiallyFailed;
}
