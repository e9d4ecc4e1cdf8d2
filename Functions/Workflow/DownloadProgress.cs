using System.Diagnostics;
using Microsoft.Extensions.Logging;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Storage;

namespace YouTubeDownloader.Workflow;

/// <summary>
/// Collects the bytes a transfer adds (cheaply, from many threads) and writes progress, speed and ETA to
/// the task about once per <c>interval</c>, never per read. Each write also learns whether the task was
/// cancelled or removed meanwhile; <see cref="Stopped"/> then fires so the transfer stops.
/// </summary>
public sealed class DownloadProgress : IProgress<long>, IAsyncDisposable
{
    private readonly DownloadTaskStore store;
    private readonly ILogger logger;
    private readonly Guid taskId;
    private readonly long bytesBefore;
    private readonly long totalBytes;
    private readonly CancellationTokenSource stopped = new();
    private readonly CancellationTokenSource done = new();
    private readonly Task loop;
    private long bytes;

    public DownloadProgress(
        DownloadTaskStore store, ILogger logger, Guid taskId, long bytesBefore, long totalBytes, TimeSpan interval)
    {
        this.store = store;
        this.logger = logger;
        this.taskId = taskId;
        this.bytesBefore = bytesBefore;
        this.totalBytes = totalBytes;
        loop = RunAsync(interval);
    }

    /// <summary>Fires when the task is no longer running (cancelled, removed or finished elsewhere).</summary>
    public CancellationToken Stopped => stopped.Token;

    public long Bytes => Interlocked.Read(ref bytes);

    public void Report(long value) => Interlocked.Add(ref bytes, value);

    public async ValueTask DisposeAsync()
    {
        await done.CancelAsync();
        await loop;
        done.Dispose();
        stopped.Dispose();
    }

    private async Task RunAsync(TimeSpan interval)
    {
        using var timer = new PeriodicTimer(interval);
        var clock = Stopwatch.StartNew();
        var lastBytes = Bytes;
        var lastTime = TimeSpan.Zero;
        double? speed = null;
        try
        {
            while (await timer.WaitForNextTickAsync(done.Token))
            {
                var now = clock.Elapsed;
                var current = Bytes;
                var instant = (current - lastBytes) / Math.Max(1e-3, (now - lastTime).TotalSeconds);
                // Smoothed so that one slow segment does not make the ETA jump about.
                speed = speed is { } s ? (0.7 * s) + (0.3 * instant) : instant;
                (lastBytes, lastTime) = (current, now);
                await WriteAsync(current, speed.Value);
            }
        }
        catch (OperationCanceledException) when (done.IsCancellationRequested)
        {
            // Disposed: the transfer is over.
        }
    }

    private async Task WriteAsync(long current, double speed)
    {
        var downloaded = Math.Min(totalBytes, bytesBefore + current);
        double? eta = speed > 0 ? Math.Ceiling((totalBytes - downloaded) / speed) : null;
        try
        {
            var task = await store.UpdateAsync(
                taskId,
                t => t.IsFinished ? null : t with
                {
                    Status = DownloadStatus.Downloading,
                    DownloadedBytes = downloaded,
                    BytesPerSecond = speed,
                    EtaSeconds = eta,
                },
                done.Token);
            if (task is null || task.IsFinished)
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
