using System.Runtime.ExceptionServices;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using YouTubeDownloader.Assembling;
using YouTubeDownloader.Delivery;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Media;
using YouTubeDownloader.Media.OnePass;
using YouTubeDownloader.Sources;
using YouTubeDownloader.Storage;
using YouTubeDownloader.Subtitles;
using YouTubeDownloader.Thumbnails;
using YouTubeDownloader.Transfer;

namespace YouTubeDownloader.Workflow.Download;

/// <summary>The end of a download: the last transfer, the file's assembly and the task's completion in one step, or a failure stored.</summary>
public sealed partial class DownloadActivities
{
    /// <summary>
    /// The streams' transfers (all of them at once, or the last one for an orchestration started before that), then the
    /// file's assembly and the task's completion, in one invocation: the task is
    /// completed as its last byte lands, not after two more trips through the task hub, each waiting for a queue poll
    /// (which backs off while a long transfer runs: up to <c>maxQueuePollingInterval</c>, 30 s by default).
    /// Safe to run again at any point: a task this run completed is left as it is; a committed file means the transfer
    /// is done (only the assembly commits the file, or the transfer itself for a stream stored as sent), and the
    /// assembly repeats to the same file.
    /// </summary>
    [Function(nameof(FinishDownload))]
    public async Task<long> FinishDownload([ActivityTrigger] DownloadFinish finish, CancellationToken cancellationToken)
    {
        var assembly = finish.Assembly;
        if (await tasks.GetAsync(assembly.TaskId, cancellationToken) is { Status: DownloadStatus.Completed } done && done.Run == assembly.Run)
        {
            return done.FileSize;
        }

        var file = await blobs.GetBlockBlobAsync(assembly.FileBlobName);
        if (await RangeFetcher.CommittedLengthAsync(file, cancellationToken) is null)
        {
            await TransferAllAsync(finish.AllStreams ? assembly.Transfers : [assembly.Transfers[^1]], cancellationToken);
        }

        var length = await AssembleFile(assembly, cancellationToken);
        await CompleteDownload(new CompletedFile(assembly.TaskId, assembly.FileBlobName, length, finish.StreamChoice, assembly.Run), cancellationToken);
        return length;
    }

    [Function(nameof(AssembleFile))]
    public Task<long> AssembleFile([ActivityTrigger] FileAssembly assembly, CancellationToken cancellationToken) =>
        attempts.RunAsync(
            assembly.TaskId, assembly.Run, async () => await StopAsync(assembly.TaskId, assembly.Run), ct => AssembleAsync(assembly, ct), cancellationToken);

    private async Task<long> AssembleAsync(FileAssembly assembly, CancellationToken cancellationToken)
    {
        if (!assembly.NeedsProcessing)
        {
            return await assembler.TagInPlaceAsync(
                assembly.TaskId,
                assembly.FileBlobName,
                assembly.ContentType,
                await TagsAsync(assembly, cancellationToken),
                await subtitles.ReadTextTracksAsync(assembly.TaskId, assembly.Subtitles ?? [], cancellationToken),
                cancellationToken);
        }

        // Every byte is in: no transfer speed or time left to show while the join runs (it has no byte count of its own).
        var task = await tasks.UpdateAsync(
            assembly.TaskId,
            t => !t.IsActiveRun(assembly.Run) ? null : t with
            {
                Status = DownloadStatus.Processing,
                DownloadedBytes = t.FileSize,
                BytesPerSecond = null,
                EtaSeconds = null,
            },
            cancellationToken);
        await EnsureRunningAsync(task, assembly.TaskId, assembly.Run);
        logger.LogInformation("Task {TaskId} processing", assembly.TaskId);

        var tags = await TagsAsync(assembly, cancellationToken);
        var texts = await subtitles.ReadTextTracksAsync(assembly.TaskId, assembly.Subtitles ?? [], cancellationToken);
        var sources = assembly.Sources();
        if (assembly.IsOpus)
        {
            return await assembler.RewrapOpusAsync(assembly.FileBlobName, assembly.ContentType, sources[0], tags, cancellationToken);
        }

        return assembly.OnePass
            ? await assembler.CommitOnePassAsync(assembly.FileBlobName, assembly.ContentType, sources, tags, texts, cancellationToken, assembly.Clip)
            : await assembler.RemuxAsync(assembly.FileBlobName, assembly.ContentType, sources, tags, texts, cancellationToken, assembly.Clip);
    }

    /// <summary>The assembly's text tags and, from the stored thumbnail, the cover (none when there is no thumbnail).</summary>
    private async Task<FileTags> TagsAsync(FileAssembly assembly, CancellationToken cancellationToken) =>
        (assembly.Tags ?? FileTags.None) with { Cover = await thumbnails.ReadCoverAsync(assembly.TaskId, cancellationToken) };

    [Function(nameof(CompleteDownload))]
    public async Task CompleteDownload([ActivityTrigger] CompletedFile file, CancellationToken cancellationToken)
    {
        var task = await tasks.UpdateAsync(
            file.TaskId,
            t => !t.IsActiveRun(file.Run) ? null : t with
            {
                Status = DownloadStatus.Completed,
                BlobName = file.BlobName,
                StreamChoice = file.StreamChoice,
                FileSize = file.Length,
                DownloadedBytes = t.FileSize,
                BytesPerSecond = null,
                EtaSeconds = null,
                CompletedAt = DateTimeOffset.UtcNow,
            },
            cancellationToken);
        await EnsureRunningAsync(task, file.TaskId, file.Run, DownloadStatus.Completed);
        logger.LogInformation("Task {TaskId} completed: {Length} bytes", file.TaskId, file.Length);
        try
        {
            await fileNames.AddAsync(task!, cancellationToken);
            await streamChoices.AddAsync(task!, cancellationToken);
        }
        catch (Azure.RequestFailedException e)
        {
            // The file is complete and served by id; a failure here must not fail (and so delete) it.
            logger.LogWarning(e, "Task {TaskId} could not be indexed; /api/stream finds it by id only and later tasks download it again", file.TaskId);
        }
    }

    [Function(nameof(FailDownload))]
    public async Task FailDownload([ActivityTrigger] FailedDownload failure, CancellationToken cancellationToken)
    {
        // The orchestrator logged why (with the internal detail), once; the task gets the client's text.
        var task = await tasks.UpdateAsync(
            failure.TaskId,
            t => !t.IsActiveRun(failure.Run) ? null : t with
            {
                Status = DownloadStatus.Error,
                HasThumbnail = false, // deleted with the task's other blobs below
                ErrorCode = failure.Code,
                ErrorMessage = failure.Reason,
                Attempt = null,
                LastError = null,
                BytesPerSecond = null,
                EtaSeconds = null,
            },
            cancellationToken);
        if (task is null || task.Run == failure.Run)
        {
            await blobs.DeleteAllAsync(failure.TaskId, cancellationToken);
        }
    }
}
