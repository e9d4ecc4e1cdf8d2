using Microsoft.Extensions.Logging;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Playlists;
using YouTubeDownloader.Sources;
using YouTubeDownloader.Storage;
using YouTubeDownloader.Workflow.Download;
using YouTubeDownloader.YouTube;
using YouTubeDownloader.YouTube.Channels;

namespace YouTubeDownloader.Workflow.Playlist;

/// <summary>
/// Reads one page of a playlist into its entries' rows and the playlist's own row, and says which entries can run.
/// Entry ids are computed (<see cref="PlaylistEntryIds"/>), so reading a page again writes nothing twice.
/// </summary>
public sealed class PlaylistPageReader(
    IPlaylistSource source,
    ChannelResolver channels,
    DownloadTaskStore tasks,
    DownloadBlobStore blobs,
    TimeProvider time,
    ILogger<PlaylistPageReader> logger)
{
    // Row writes of one page in flight at once: a page holds up to 100 entries, each its own partition.
    private const int ParallelWrites = 8;

    public async Task<PlaylistPageResult> ReadAsync(PlaylistPageRequest request, CancellationToken cancellationToken)
    {
        EnsureRunning(await tasks.GetAsync(request.TaskId, cancellationToken), request.TaskId);
        var list = await ListOfAsync(request.ListId, cancellationToken);

        var page = request.Cursor is { } cursor
            ? await source.ReadNextPageAsync(list, cursor, cancellationToken)
            : await source.ReadFirstPageAsync(list, cancellationToken);
        var taken = page.Entries.Where(e => e.Index <= request.MaxEntries).ToList();
        var capped = taken.Count < page.Entries.Count || (page.Next is not null && taken.Count > 0 && taken[^1].Index >= request.MaxEntries);
        var next = capped ? null : page.Next;
        var readBefore = request.Cursor?.EntriesRead ?? 0;
        var last = taken.Count > 0 ? taken[^1].Index : readBefore;

        // Exact once the last page is in; until then YouTube's count (capped), or what has been seen.
        var total = next is null ? last : Math.Min(Math.Max(page.TotalVideos ?? 0, last), request.MaxEntries);

        var now = time.GetUtcNow();
        await Parallel.ForEachAsync(
            taken,
            new ParallelOptions { MaxDegreeOfParallelism = ParallelWrites, CancellationToken = cancellationToken },
            async (entry, ct) => await tasks.CreateIfAbsentAsync(EntryTask(request, entry, total, now), ct));
        if (next is null && readBefore > 0)
        {
            await CorrectTotalsAsync(request.TaskId, total, cancellationToken);
        }

        var playlist = await tasks.UpdateAsync(
            request.TaskId,
            t => t.IsFinished ? null : t with
            {
                Status = DownloadStatus.Downloading,
                Title = ChannelIds.TitleOf(list.Value, page.Title, page.Author),
                FileName = DownloadFileName.ForPlaylist(ChannelIds.TitleOf(list.Value, page.Title, page.Author)),
                ContentType = "application/zip",
                PlaylistTotal = total,
                FormatNote = capped ? Texts.FirstEntries(total, page.TotalVideos) : "",
            },
            cancellationToken);
        if (playlist is null || playlist.IsFinished)
        {
            // Cancelled or removed while this page was written: its new entries must not wait for a workflow that stops.
            await CancelEntriesAsync(request.TaskId, cancellationToken);
            EnsureRunning(playlist, request.TaskId);
        }

        logger.LogInformation(
            "Playlist {TaskId}: page after {Before} entries gave {Count} ({Playable} playable), more to read: {More}",
            request.TaskId, readBefore, taken.Count, taken.Count(e => e.Playable), next is not null);
        var runnable = taken
            .Where(e => e.Playable)
            .Select(e => new DownloadJob(
                PlaylistEntryIds.For(request.TaskId, e.Index),
                VideoId.Parse(e.VideoId),
                request.Quality,
                request.Type,
                Chapters: request.Chapters,
                Subtitles: request.Subtitles,
                AutoSubtitles: request.AutoSubtitles,
                AudioFormat: request.AudioFormat))
            .ToList();
        return new PlaylistPageResult(runnable, next);
    }

    /// <summary>The list a task reads: its own id, or the uploads of the channel whose path it holds (a handle, resolved on every page).</summary>
    private async Task<PlaylistId> ListOfAsync(string listId, CancellationToken cancellationToken)
    {
        if (ChannelUrl.IsPath(listId, out var channel))
        {
            return await channels.UploadsAsync(channel, cancellationToken);
        }

        return PlaylistId.TryParseId(listId, out var list)
            ? list.Value
            : throw new DownloadFailedException(DownloadErrorCode.VideoUnavailable, Texts.InvalidList(listId), text: Texts.InvalidList(listId));
    }

    private static DownloadTask EntryTask(PlaylistPageRequest request, PlaylistEntry entry, int total, DateTimeOffset now)
    {
        var task = new DownloadTask
        {
            Id = PlaylistEntryIds.For(request.TaskId, entry.Index),
            Url = YouTubeUrl.Watch(entry.VideoId),
            VideoId = entry.VideoId,
            Quality = request.Quality,
            DownloadType = request.Type,
            WantsChapters = request.Chapters,
            SubtitleLanguages = request.Subtitles,
            AutoSubtitles = request.AutoSubtitles,
            AudioFormat = request.AudioFormat,
            CreatedAt = now,
            Title = entry.Title,
            DurationSeconds = entry.DurationSeconds,
            FileName = DownloadFileName.From(entry.Title, request.Type, request.AudioFormat),
            ContentType = DownloadFileName.ContentTypeOf(request.Type, request.AudioFormat),
            IsPlaylist = true,
            PlaylistIndex = entry.Index,
            PlaylistTotal = total,
            PlaylistId = request.TaskId,
        };
        return entry.Unavailable is { } code
            ? task with { Status = DownloadStatus.Error, ErrorCode = code, ErrorMessage = Texts.Of(code) }
            : task;
    }

    /// <summary>Entries written before the last page carry the count as it was then; the last page makes it exact.</summary>
    private async Task CorrectTotalsAsync(Guid playlistId, int total, CancellationToken cancellationToken)
    {
        foreach (var entry in await tasks.ListEntriesAsync(playlistId, cancellationToken))
        {
            if (entry.PlaylistTotal != total)
            {
                await tasks.UpdateAsync(entry.Id, t => t with { PlaylistTotal = total }, cancellationToken);
            }
        }
    }

    private async Task CancelEntriesAsync(Guid playlistId, CancellationToken cancellationToken)
    {
        foreach (var entry in await tasks.ListEntriesAsync(playlistId, cancellationToken))
        {
            await tasks.UpdateAsync(entry.Id, t => t.Cancelled(), cancellationToken);
            await blobs.DeleteAllAsync(entry.Id, cancellationToken);
        }
    }

    /// <summary>Stops the workflow when the playlist was cancelled or removed under it.</summary>
    private static void EnsureRunning(DownloadTask? playlist, Guid taskId)
    {
        if (playlist is null || playlist.IsFinished)
        {
            throw new TaskNoLongerActiveException(taskId, playlist?.Status);
        }
    }
}
