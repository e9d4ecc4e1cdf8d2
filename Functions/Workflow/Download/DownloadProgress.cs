using System.Diagnostics;
using Microsoft.Extensions.Logging;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Storage;

namespace YouTubeDownloader.Workflow.Download;

/// <summary>
/// Collects the bytes a transfer adds (cheaply, from many threads) and writes progress, speed and ETA to
/// the task about once per <c>interval</c>, never per read, and once more when the transfer ends, so the task
/// shows every byte fetched rather than the last tick's count. Each write also learns whether the task was
/// cancelled or removed meanwhile; <see cref="Stopped"/> then fires so the transfer stops.
/// </summary>
public sealed class DownloadProgress : IProgress<long>, IAsyncDisposable
{
    private readonly DownloadTaskStore store;
    private readonly ILogger logger;
    private readonly Guid taskId;
    private readonly int run;
    private readonly long bytesBefore;
    private readonly long totalBytes;
    private readonly CancellationTokenSource stopped = new();
    private readonly CancellationTokenSource done = new();
    private readonly CancellationTokenSource abandon = new();
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly Task loop;
    private long bytes;
    private long sampledBytes;
    private TimeSpan sampledAt;
    private double? speed;

    private static readonly TimeSpan WriteGrace = TimeSpan.FromSeconds(5);

    public DownloadProgress(
        DownloadTaskStore store, ILogger logger, Guid taskId, int run, long bytesBefore, long totalBytes, TimeSpan interval)
    {
        this.store = store;
        this.logger = logger;
        this.taskId = taskId;
        this.run = run;
        this.bytesBefore = bytesBefore;
        this.totalBytes = totalBytes;
        loop = RunAsync(interval);
    }

    /// <summary>Fires when the task is no longer running (cancelled, removed or finished elsewhere).</summary>
    public CancellationToken Stopped => stopped.Token;

    public long Bytes => Interlocked.Read(ref bytes);

    public void Report(long value) => Interlocked.Add(ref bytes, value);

    /// <summary>Stops the periodic writes and writes where the transfer ended (unless the task was stopped under it).</summary>
    public async ValueTask DisposeAsync()
    {
        await done.CancelAsync();

        // A write in flight gets a moment to land (a few ms) rather than being abandoned, which the storage client would
        // log as a failure; one hung on unreachable storage does not hold the transfer's end for long.
        abandon.CancelAfter(WriteGrace);
        await loop;
        if (!stopped.IsCancellationRequested)
        {
            // Not the transfer's token: this write must happen after it ended, even if it ended by cancellation.
            await WriteAsync(CancellationToken.None);
        }

        done.Dispose();
        abandon.Dispose();
        stopped.Dispose();
    }

    private async Task RunAsync(TimeSpan interval)
    {
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(done.Token))
            {
                await WriteAsync(abandon.Token);
            }
        }
        catch (OperationCanceledException) when (done.IsCancellationRequested || abandon.IsCancellationRequested)
        {
            // Disposed: the transfer is over.
        }
    }

    private async Task WriteAsync(CancellationToken cancellationToken)
    {
        var current = Bytes;
        var now = clock.Elapsed;
        var instant = (current - sampledBytes) / Math.Max(1e-3, (now - sampledAt).TotalSeconds);
        // Smoothed so that one slow segment does not make the ETA jump about.
        var smoothed = speed is { } s ? (0.7 * s) + (0.3 * instant) : instant;
        (speed, sampledBytes, sampledAt) = (smoothed, current, now);

        var downloaded = Math.Min(totalBytes, bytesBefore + current);
        double? eta = smoothed > 0 ? Math.Ceiling((totalBytes - downloaded) / smoothed) : null;
        try
        {
            var task = await store.UpdateAsync(
                taskId,
                t => !t.IsActiveRun(run) ? null : t with
                {
                    Status = DownloadStatus.Downloading,
                    DownloadedBytes = downloaded,
                    BytesPerSecond = smoothed,
                    EtaSeconds = eta,
                },
                cancellationToken);
            if (task is null || !task.IsActiveRun(run))
            {
                await stopped.CancelAsync();
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Progress is best effort; the transfer itself must not fail because one write did.
            logger.LogWarning(e, "Could not write progress of {TaskId}", taskId);
        }
    }
}
